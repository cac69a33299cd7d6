#define _GNU_SOURCE
#include "mount.h"

#include "paths.h"

#include <squashfuse/ll.h>

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

struct payload_mount
{
    sqfs_ll *ll;
    struct fuse_session *session;
    struct fuse_buf buf;
};

static const struct fuse_lowlevel_ops squash_ops = {
    .lookup = sqfs_ll_op_lookup,
    .forget = sqfs_ll_op_forget,
    .getattr = sqfs_ll_op_getattr,
    .readlink = sqfs_ll_op_readlink,
    .open = sqfs_ll_op_open,
    .read = sqfs_ll_op_read,
    .release = sqfs_ll_op_release,
    .opendir = sqfs_ll_op_opendir,
    .readdir = sqfs_ll_op_readdir,
    .releasedir = sqfs_ll_op_releasedir,
    .statfs = stfs_ll_op_statfs,
    .getxattr = sqfs_ll_op_getxattr,
    .listxattr = sqfs_ll_op_listxattr,
    .create = sqfs_ll_op_create,
};

int mount_possible(char *why, size_t why_size)
{
    struct stat st;
    if (stat("/dev/fuse", &st) != 0 || !S_ISCHR(st.st_mode)) {
        snprintf(why, why_size, "no /dev/fuse");
        return 0;
    }
    if (geteuid() != 0 && !paths_on_path("fusermount3")) {
        snprintf(why, why_size, "no fusermount3 on PATH");
        return 0;
    }
    return 1;
}

/* fsname is one -o value: its commas and backslashes are escaped for libfuse's option parser. */
static char *mount_options(const char *image)
{
    size_t len = strlen(image);
    char *escaped = malloc(2 * len + 1), *out = escaped, *options = NULL;
    if (escaped == NULL)
        return NULL;
    for (size_t i = 0; i < len; ++i) {
        if (image[i] == ',' || image[i] == '\\')
            *out++ = '\\';
        *out++ = image[i];
    }
    *out = '\0';
    if (asprintf(&options, "ro,nodev,nosuid,fsname=%s,subtype=appimage", escaped) < 0)
        options = NULL;
    free(escaped);
    return options;
}

/* First non-empty line libfuse or fusermount3 wrote while stderr pointed at the capture file. */
static void first_line(int capture, char *why, size_t why_size)
{
    char text[512];
    ssize_t n = pread(capture, text, sizeof text - 1, 0);
    text[n > 0 ? n : 0] = '\0';
    char *line = text + strspn(text, "\n");
    line[strcspn(line, "\n")] = '\0';
    if (*line != '\0')
        snprintf(why, why_size, "%s", line);
}

struct payload_mount *mount_open(const char *image, off_t offset, const char *mountpoint, char *why, size_t why_size)
{
    struct payload_mount *m = calloc(1, sizeof *m);
    char *options = mount_options(image);
    snprintf(why, why_size, "mount failed");
    if (m == NULL || options == NULL)
        goto failed;

    /* libfuse and the fusermount3 it starts report straight to stderr; keep that for the one
     * fallback line instead of letting it scroll past the user. */
    int capture = memfd_create("fuse-messages", MFD_CLOEXEC);
    int saved_stderr = capture >= 0 ? dup(STDERR_FILENO) : -1;
    if (saved_stderr >= 0)
        dup2(capture, STDERR_FILENO);

    m->ll = sqfs_ll_open(image, (size_t)offset);
    if (m->ll != NULL) {
        char *argv[] = {"appimage-runtime", "-o", options, NULL};
        struct fuse_args args = FUSE_ARGS_INIT(3, argv);
        m->session = fuse_session_new(&args, &squash_ops, sizeof squash_ops, m->ll);
        if (m->session != NULL && fuse_session_mount(m->session, mountpoint) != 0) {
            fuse_session_destroy(m->session);
            m->session = NULL;
        }
    }

    if (saved_stderr >= 0) {
        dup2(saved_stderr, STDERR_FILENO);
        close(saved_stderr);
    }
    if (capture >= 0) {
        if (m->session == NULL)
            first_line(capture, why, why_size);
        close(capture);
    }
    if (m->session == NULL)
        goto failed;
    /* Neither AppRun nor anything it starts may keep the device or the image open. */
    fcntl(fuse_session_fd(m->session), F_SETFD, FD_CLOEXEC);
    fcntl(m->ll->fs.fd, F_SETFD, FD_CLOEXEC);
    free(options);
    return m;

failed:
    if (m != NULL && m->ll != NULL) {
        sqfs_ll_destroy(m->ll);
        free(m->ll);
    }
    free(m);
    free(options);
    return NULL;
}

int mount_fd(const struct payload_mount *m)
{
    return fuse_session_fd(m->session);
}

int mount_serve(struct payload_mount *m)
{
    int res = fuse_session_receive_buf(m->session, &m->buf);
    if (res == -EINTR || res == -EAGAIN)
        return 0;
    if (res <= 0)
        return -1;
    fuse_session_process_buf(m->session, &m->buf);
    return fuse_session_exited(m->session) ? -1 : 0;
}

void mount_close(struct payload_mount *m)
{
    if (m == NULL)
        return;
    fuse_session_exit(m->session);
    fuse_session_unmount(m->session);
    fuse_session_destroy(m->session);
    free(m->buf.mem);
    sqfs_ll_destroy(m->ll);
    free(m->ll);
    free(m);
}
