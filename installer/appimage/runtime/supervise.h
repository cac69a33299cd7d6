/* Starts AppRun and stays beside it: forwards SIGTERM, SIGINT and SIGHUP, serves the FUSE mount
 * (when there is one) from the same poll loop, and turns AppRun's end into the exit status. */
#ifndef PORTDESK_SUPERVISE_H
#define PORTDESK_SUPERVISE_H

#include <stdbool.h>
#include <sys/types.h>

struct payload_mount;

/* What AppRun is told through its environment (AppImageSpec's names). */
struct apprun_env
{
    const char *appimage; /* APPIMAGE */
    const char *appdir;   /* APPDIR */
    const char *argv0;    /* ARGV0 */
    const char *owd;      /* OWD, may be NULL */
};

/* Blocks the forwarded signals and SIGCHLD; call before mounting or extracting, so a signal
 * that comes early is still seen (supervise_pending) and none is lost between fork and poll. */
void supervise_block_signals(void);

/* The first forwarded signal already pending, or 0. */
int supervise_pending(void);

/* Forks and execs <appdir>/AppRun with args (args[0] is ignored). Returns the pid, or -1 after
 * printing why. */
pid_t supervise_spawn(const struct apprun_env *env, int argc, char **argv);

/* Waits for child (or, with child -1, for a forwarded signal), serving mount meanwhile when
 * not NULL. Returns the exit status to hand on: the child's, or 128 + its killing signal. */
int supervise_wait(pid_t child, struct payload_mount *mount);

#endif
