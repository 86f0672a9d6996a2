#ifndef STACK_H
#define STACK_H
/* A growable stack of doubles and the operators of a tiny RPN calculator. */
struct stack { double *items; int size, cap; };
void stack_push(struct stack *s, double v);
double stack_pop(struct stack *s);
int apply_op(struct stack *s, char op);
#endif
