/* PortDesk's AppImage type-2 runtime, written from AppImageSpec: this ELF is followed by a
 * squashfs image; running the file mounts that image through FUSE (or, when FUSE is not there,
 * extracts it) and runs its AppRun. Options are recognised only as the first argument; every
 * other argument goes to AppRun untouched. */
#define _GNU_SOURCE
#include "elf_image.h"
#include "extract.h"
#include "mount.h"
#include "paths.h"
#include "supervise.h"

#include <errno.h>
#include <fcntl.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#ifndef RUNTIME_VERSION
#define RUNTIME_VERSION "unknown"
#endif

/* Filled in after the build: the update information (AppImageSpec, 1024 bytes), and room for a
 * signature and its key like the reference runtime keeps. "retain" keeps them through
 * --gc-sections although no code refers to them; they are read back from the file's section
 * headers, so a patched value is what is printed. */
#define RUNTIME_SECTION(name) __attribute__((section(name), used, retain, aligned(8)))
RUNTIME_SECTION(".upd_info") const char update_information[1024] = {0};
RUNTIME_SECTION(".sha256_sig") const char signature[1024] = {0};
RUNTIME_SECTION(".sig_key") const char signature_key[8192] = {0};

struct appimage
{
    char *path; /* absolute */
    int fd;
    off_t offset; /* where the squashfs payload starts */
};

static bool cancelled(void)
{
    return supervise_pending() != 0;
}

static int open_appimage(struct appimage *app, const char *argv0)
{
    app->path = paths_appimage(argv0);
    if (app->path == NULL) {
        const char *target = getenv("TARGET_APPIMAGE");
        fprintf(stderr, "cannot open the AppImage %s: %s\n", target != NULL ? target : "/proc/self/exe",
                strerror(errno));
        return -1;
    }
    app->fd = open(app->path, O_RDONLY | O_CLOEXEC);
    if (app->fd < 0) {
        fprintf(stderr, "cannot open the AppImage %s: %s\n", app->path, strerror(errno));
        return -1;
    }
    const char *why = NULL;
    if (elf_image_end(app->fd, &app->offset, &why) != 0) {
        fprintf(stderr, "%s: cannot read its ELF headers: %s\n", app->path, why);
        return -1;
    }
    return 0;
}

static int check_payload(const struct appimage *app)
{
    char magic[4];
    if (pread(app->fd, magic, sizeof magic, app->offset) != (ssize_t)sizeof magic || memcmp(magic, "hsqs", 4) != 0) {
        fprintf(stderr, "%s: no squashfs payload at offset %lld (the file ends there or holds something else)\n",
                app->path, (long long)app->offset);
        return -1;
    }
    return 0;
}

static int print_update_information(const struct appimage *app)
{
    off_t at;
    size_t size;
    const char *why = NULL;
    if (elf_image_section(app->fd, ".upd_info", &at, &size, &why) != 0) {
        fprintf(stderr, "%s: cannot read section .upd_info: %s\n", app->path, why);
        return 1;
    }
    char *text = calloc(size + 1, 1);
    if (text == NULL || pread(app->fd, text, size, at) != (ssize_t)size) {
        fprintf(stderr, "%s: cannot read section .upd_info\n", app->path);
        free(text);
        return 1;
    }
    printf("%s\n", text);
    free(text);
    return 0;
}

static struct apprun_env env_for(const struct appimage *app, const char *appdir, const char *argv0)
{
    static char owd[4096];
    return (struct apprun_env){app->path, appdir, argv0, getcwd(owd, sizeof owd)};
}

static int extract_and_run(const struct appimage *app, int argc, char **argv)
{
    supervise_block_signals();
    char *dir = paths_make_temp_dir("appimage_extracted_", app->path);
    if (dir == NULL) {
        fprintf(stderr, "%s: cannot create a temporary directory to extract into: %s\n", app->path, strerror(errno));
        return 1;
    }
    struct extract_request req = {app->path, app->offset, dir, NULL, false, cancelled};
    int status = 1;
    if (extract_payload(&req) == 0) {
        struct apprun_env env = env_for(app, dir, argv[0]);
        pid_t child = supervise_spawn(&env, argc, argv);
        if (child > 0)
            status = supervise_wait(child, NULL);
    } else if (supervise_pending() != 0) {
        status = 128 + supervise_pending();
    }
    const char *keep = getenv("NO_CLEANUP");
    if (keep != NULL && strcmp(keep, "1") == 0)
        fprintf(stderr, "%s: NO_CLEANUP=1: kept %s\n", app->path, dir);
    else if (paths_remove_tree(dir) != 0)
        fprintf(stderr, "%s: could not remove %s: %s\n", app->path, dir, strerror(errno));
    free(dir);
    return status;
}

/* Mounts the payload; with run_apprun false, prints the mount point and waits for a signal
 * (--appimage-mount). Returns -2 when FUSE cannot be used, so the caller can fall back. */
static int mount_and_run(const struct appimage *app, int argc, char **argv, bool run_apprun, char *why, size_t why_size)
{
    if (!mount_possible(why, why_size))
        return -2;
    supervise_block_signals();
    char *dir = paths_make_temp_dir(".mount_", app->path);
    if (dir == NULL) {
        snprintf(why, why_size, "cannot create a mount point: %s", strerror(errno));
        return -2;
    }
    struct payload_mount *mount = mount_open(app->path, app->offset, dir, why, why_size);
    if (mount == NULL) {
        rmdir(dir);
        free(dir);
        return -2;
    }
    int status = 1;
    if (!run_apprun) {
        printf("%s\n", dir);
        fflush(stdout);
        status = supervise_pending() != 0 ? 0 : supervise_wait(-1, mount);
    } else if (supervise_pending() != 0) {
        status = 128 + supervise_pending();
    } else {
        struct apprun_env env = env_for(app, dir, argv[0]);
        pid_t child = supervise_spawn(&env, argc, argv);
        if (child > 0)
            status = supervise_wait(child, mount);
    }
    mount_close(mount);
    if (rmdir(dir) != 0)
        fprintf(stderr, "%s: could not remove the mount point %s: %s\n", app->path, dir, strerror(errno));
    free(dir);
    return status;
}

static void print_help(const char *argv0)
{
    printf("PortDesk AppImage runtime %s\n\n"
           "Usage: %s [--appimage-OPTION | ARGUMENTS FOR THE APPLICATION...]\n\n"
           "  --appimage-extract [PATTERN]  extract the payload (or the paths matching the glob) to ./squashfs-root\n"
           "  --appimage-extract-and-run    extract to a temporary directory, run AppRun, remove the directory\n"
           "  --appimage-mount              mount the payload, print the mount point, unmount on SIGTERM/SIGINT\n"
           "  --appimage-offset             print where the squashfs payload starts\n"
           "  --appimage-updateinformation  print the update information (.upd_info)\n"
           "  --appimage-version            print the runtime's version\n"
           "  --appimage-help               print this help\n\n"
           "Environment: TARGET_APPIMAGE (work on that file), APPIMAGE_EXTRACT_AND_RUN=1 (never mount),\n"
           "NO_CLEANUP=1 (keep the extracted tree), TMPDIR (where mount points and trees go).\n"
           "AppRun gets APPIMAGE, APPDIR, ARGV0 and OWD.\n",
           RUNTIME_VERSION, argv0);
}

int main(int argc, char **argv)
{
    const char *option = argc > 1 && strncmp(argv[1], "--appimage-", 11) == 0 ? argv[1] : NULL;
    if (option != NULL && strcmp(option, "--appimage-help") == 0) {
        print_help(argv[0]);
        return 0;
    }
    if (option != NULL && strcmp(option, "--appimage-version") == 0) {
        printf("PortDesk AppImage runtime %s\n", RUNTIME_VERSION);
        return 0;
    }
    const char *known[] = {"--appimage-extract", "--appimage-extract-and-run", "--appimage-mount", "--appimage-offset",
                           "--appimage-updateinformation"};
    bool is_known = option == NULL;
    for (size_t i = 0; !is_known && i < sizeof known / sizeof known[0]; ++i)
        is_known = strcmp(option, known[i]) == 0;
    if (!is_known) {
        fprintf(stderr, "%s: unknown option %s (see --appimage-help)\n", argv[0], option);
        return 1;
    }

    struct appimage app = {.fd = -1};
    if (open_appimage(&app, argv[0]) != 0)
        return 1;
    if (option != NULL && strcmp(option, "--appimage-offset") == 0) {
        printf("%lld\n", (long long)app.offset);
        return 0;
    }
    if (option != NULL && strcmp(option, "--appimage-updateinformation") == 0)
        return print_update_information(&app);
    if (check_payload(&app) != 0)
        return 1;

    if (option != NULL && strcmp(option, "--appimage-extract") == 0) {
        struct extract_request req = {app.path, app.offset, "squashfs-root", argc > 2 ? argv[2] : NULL, true, NULL};
        return extract_payload(&req) == 0 ? 0 : 1;
    }
    /* AppRun sees the arguments after the option, with argv[0] kept. */
    int shift = option != NULL ? 1 : 0;
    char **app_argv = argv + shift;
    app_argv[0] = argv[0];
    const char *forced = getenv("APPIMAGE_EXTRACT_AND_RUN");
    if ((option != NULL && strcmp(option, "--appimage-extract-and-run") == 0) ||
        (option == NULL && forced != NULL && strcmp(forced, "1") == 0))
        return extract_and_run(&app, argc - shift, app_argv);

    char why[512];
    bool run_apprun = option == NULL;
    int status = mount_and_run(&app, argc - shift, app_argv, run_apprun, why, sizeof why);
    if (status != -2)
        return status;
    if (!run_apprun) {
        fprintf(stderr, "%s: cannot mount: FUSE is not available (%s)\n", app.path, why);
        return 1;
    }
    fprintf(stderr, "%s: FUSE is not available (%s); extracting to a temporary directory and running from there\n",
            app.path, why);
    return extract_and_run(&app, argc - shift, app_argv);
}
