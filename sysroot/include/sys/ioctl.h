/* <sys/ioctl.h>: ioctl with Linux's request numbers for terminals. The host interface has no
 * device control: ioctl fails with EBADF for a descriptor that is not open and ENOTTY for
 * any other (as for a descriptor whose file takes no such request), so a program asking for
 * the window size falls back to $COLUMNS or its default. */
#ifndef _SYS_IOCTL_H
#define _SYS_IOCTL_H

struct winsize {
  unsigned short ws_row;
  unsigned short ws_col;
  unsigned short ws_xpixel;
  unsigned short ws_ypixel;
};

#define TCGETS 0x5401
#define TCSETS 0x5402
#define TIOCGPGRP 0x540F
#define TIOCSPGRP 0x5410
#define TIOCGWINSZ 0x5413
#define TIOCSWINSZ 0x5414
#define FIONREAD 0x541B
#define TIOCINQ FIONREAD
#define FIONBIO 0x5421
#define FIONCLEX 0x5450
#define FIOCLEX 0x5451
#define FIOASYNC 0x5452

int ioctl(int __fd, unsigned long __request, ...);

#endif
