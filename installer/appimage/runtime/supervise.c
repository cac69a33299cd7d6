#define _GNU_SOURCE
#include "supervise.h"

#include "mount.h"

#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/signalfd.h>
#include <sys/wait.h>
#include <unistd.h>

static sigset_t original_mask;

static void handled_signals(sigset_t *set)
{
    sigemptyset(set);
    sigaddset(set, SIGTERM);
    sigaddset(set, SIGINT);
    sigaddset(set, SIGHUP);
    sigaddset(set, SIGCHLD);
}

void supervise_block_signals(void)
{
    /* The fallback blocks a second time after a failed mount; AppRun must still get the mask the
     * runtime started with, not the blocked one, or it could never be stopped. */
    static bool saved;
    sigset_t set, *keep = saved ? NULL : &original_mask;
    handled_signals(&set);
    sigprocmask(SIG_BLOCK, &set, keep);
    saved = true;
}

int supervise_pending(void)
{
    sigset_t pending;
    sigpending(&pending);
    const int forwarded[] = {SIGTERM, SIGINT, SIGHUP};
    for (size_t i = 0; i < sizeof forwarded / sizeof forwarded[0]; ++i)
        if (sigismember(&pending, forwarded[i]))
            return forwarded[i];
    return 0;
}

pid_t supervise_spawn(const struct apprun_env *env, int argc, char **argv)
{
    char *apprun = NULL;
    if (asprintf(&apprun, "%s/AppRun", env->appdir) < 0)
        return -1;
    fflush(NULL);
    pid_t pid = fork();
    if (pid == 0) {
        setenv("APPIMAGE", env->appimage, 1);
        setenv("APPDIR", env->appdir, 1);
        setenv("ARGV0", env->argv0, 1);
        if (env->owd != NULL)
            setenv("OWD", env->owd, 1);
        char **child_argv = calloc((size_t)argc + 1, sizeof *child_argv);
        if (child_argv == NULL)
            _exit(127);
        child_argv[0] = apprun;
        for (int i = 1; i < argc; ++i)
            child_argv[i] = argv[i];
        sigprocmask(SIG_SETMASK, &original_mask, NULL);
        /* Only the child looks at AppRun: the parent serves the mount and would wait on itself. */
        execv(apprun, child_argv);
        int exec_error = errno;
        if (exec_error == ENOENT && access(apprun, F_OK) != 0)
            fprintf(stderr, "%s: the AppImage has no AppRun (looked for %s)\n", env->appimage, apprun);
        else
            fprintf(stderr, "%s: cannot run %s: %s\n", env->appimage, apprun, strerror(exec_error));
        _exit(exec_error == ENOENT ? 127 : 126);
    }
    if (pid < 0)
        fprintf(stderr, "%s: cannot start AppRun: %s\n", env->appimage, strerror(errno));
    free(apprun);
    return pid;
}

static int exit_status(int status)
{
    if (WIFEXITED(status))
        return WEXITSTATUS(status);
    if (WIFSIGNALED(status))
        return 128 + WTERMSIG(status);
    return 1;
}

int supervise_wait(pid_t child, struct payload_mount *mount)
{
    sigset_t set;
    handled_signals(&set);
    int sfd = signalfd(-1, &set, SFD_CLOEXEC);
    if (sfd < 0) {
        perror("signalfd");
        return 1;
    }
    int serving = mount != NULL;
    for (;;) {
        struct pollfd fds[2] = {{.fd = sfd, .events = POLLIN},
                                {.fd = serving ? mount_fd(mount) : -1, .events = POLLIN}};
        if (poll(fds, 2, -1) < 0) {
            if (errno == EINTR)
                continue;
            perror("poll");
            close(sfd);
            return 1;
        }
        /* Requests first: AppRun may be blocked on one while its exit is being reported. */
        if (serving && (fds[1].revents & (POLLIN | POLLERR | POLLHUP)) && mount_serve(mount) != 0) {
            serving = 0;
            if (child < 0) { /* --appimage-mount: unmounted from outside */
                close(sfd);
                return 0;
            }
        }
        if (!(fds[0].revents & POLLIN))
            continue;
        struct signalfd_siginfo info;
        if (read(sfd, &info, sizeof info) != (ssize_t)sizeof info)
            continue;
        int signo = (int)info.ssi_signo;
        if (signo != SIGCHLD) {
            if (child < 0) {
                close(sfd);
                return 0;
            }
            kill(child, signo);
            continue;
        }
        int status;
        pid_t done;
        while (child > 0 && (done = waitpid(-1, &status, WNOHANG)) > 0)
            if (done == child) {
                close(sfd);
                return exit_status(status);
            }
    }
}
