/* drawn-frame.c: the milliseconds from starting a program to the first frame
 * it draws in its first window, as the X server sees them
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The shared first-frame tool stops at the first damage of the window. That
 * damage covers the whole window and comes right after the window is
 * mapped, before GTK has drawn anything in it: as far as we can tell, the
 * X server reports a window as damaged as soon as a tool starts to watch
 * it. The frame GTK draws is the damage after that one, which this tool
 * waits for too. It prints
 *
 *   map_ms=M damage_ms=D drawn_ms=F
 *
 * Build: cc -O2 drawn-frame.c -o drawn-frame -lX11 -lXdamage
 * Use:   drawn-frame COMMAND ARGS...   (inside an X display; it ends the
 *        program afterwards)
 */

#include <X11/Xlib.h>
#include <X11/extensions/Xdamage.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define TIMEOUT_MS 20000.0

static double
now_ms (void)
{
  struct timespec t;

  clock_gettime (CLOCK_MONOTONIC, &t);
  return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

int
main (int   argc,
      char *argv[])
{
  double   start, map = -1, damages[2] = { -1, -1 };
  int      event_base, error_base, n_damages = 0;
  Display *display;
  Window   window = 0;
  Damage   damage = 0;
  pid_t    pid;

  if (argc < 2)
    {
      fprintf (stderr, "usage: drawn-frame COMMAND...\n");
      return 2;
    }
  display = XOpenDisplay (NULL);
  if (display == NULL || !XDamageQueryExtension (display, &event_base, &error_base))
    {
      fprintf (stderr, "drawn-frame: no X display with the DAMAGE extension\n");
      return 2;
    }
  XSelectInput (display, DefaultRootWindow (display), SubstructureNotifyMask);
  XSync (display, False);

  start = now_ms ();
  pid = fork ();
  if (pid == 0)
    {
      execvp (argv[1], argv + 1);
      _exit (127);
    }

  while (now_ms () - start < TIMEOUT_MS && n_damages < 2)
    {
      struct pollfd fd = { ConnectionNumber (display), POLLIN, 0 };

      while (XPending (display) && n_damages < 2)
        {
          XEvent event;

          XNextEvent (display, &event);
          if (event.type == MapNotify && window == 0 && event.xmap.event == DefaultRootWindow (display) &&
              !event.xmap.override_redirect)
            {
              window = event.xmap.window;
              map = now_ms () - start;
              damage = XDamageCreate (display, window, XDamageReportNonEmpty);
              XSync (display, False);
            }
          else if (event.type == event_base + XDamageNotify && window != 0)
            {
              /* Taking the damage away makes the server report the next. */
              damages[n_damages++] = now_ms () - start;
              XDamageSubtract (display, damage, None, None);
              XSync (display, False);
            }
        }
      poll (&fd, 1, 5);
    }

  printf ("map_ms=%.1f damage_ms=%.1f drawn_ms=%.1f\n", map, damages[0], damages[1]);
  kill (pid, SIGTERM);
  waitpid (pid, NULL, 0);
  return n_damages < 2;
}
