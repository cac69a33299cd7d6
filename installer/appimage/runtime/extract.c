/* Files, directories and symbolic links are extracted with their permission bits (never
 * set-id bits: the tree belongs to whoever runs the AppImage); devices, fifos and sockets are
 * skipped with a warning, since a desktop application's payload has none. */
#define _GNU_SOURCE
#include "extract.h"

#include "paths.h"

#include <squashfuse/squashfuse.h>

#include <errno.h>
#include <fcntl.h>
#include <fnmatch.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

enum
{
    CHUNK = 128 * 1024
};

struct extract_state
{
    const struct extract_request *req;
    sqfs fs;
    char *buf;
};

static int fail(const struct extract_request *req, const char *what, const char *path)
{
    fprintf(stderr, "%s: cannot extract %s: %s: %s\n", req->image, path, what, strerror(errno));
    return -1;
}

static int write_file(struct extract_state *st, sqfs_inode *inode, const char *out, const char *path)
{
    int fd = open(out, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0 && errno == ELOOP && unlink(out) == 0) /* a symbolic link left by an earlier extraction */
        fd = open(out, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0)
        return fail(st->req, "open", path);
    uint64_t total = inode->xtra.reg.file_size;
    for (uint64_t pos = 0; pos < total;) {
        sqfs_off_t size = (sqfs_off_t)(total - pos < CHUNK ? total - pos : CHUNK);
        if (sqfs_read_range(&st->fs, inode, (sqfs_off_t)pos, &size, st->buf) != SQFS_OK || size <= 0) {
            close(fd);
            errno = EIO;
            return fail(st->req, "read from the image", path);
        }
        for (sqfs_off_t done = 0; done < size;) {
            ssize_t n = write(fd, st->buf + done, (size_t)(size - done));
            if (n < 0 && errno == EINTR)
                continue;
            if (n < 0) {
                int saved = errno;
                close(fd);
                errno = saved;
                return fail(st->req, "write", path);
            }
            done += n;
        }
        pos += (uint64_t)size;
    }
    struct timespec times[2] = {{.tv_nsec = UTIME_OMIT}, {.tv_sec = inode->base.mtime}};
    futimens(fd, times);
    if (fchmod(fd, inode->base.mode & 0777) != 0 || close(fd) != 0)
        return fail(st->req, "set mode", path);
    return 0;
}

static int write_symlink(struct extract_state *st, sqfs_inode *inode, const char *out, const char *path)
{
    size_t size = 0;
    if (sqfs_readlink(&st->fs, inode, NULL, &size) != SQFS_OK) {
        errno = EIO;
        return fail(st->req, "read link", path);
    }
    char *target = malloc(size + 1);
    if (target == NULL)
        return fail(st->req, "read link", path);
    size += 1;
    if (sqfs_readlink(&st->fs, inode, target, &size) != SQFS_OK) {
        free(target);
        errno = EIO;
        return fail(st->req, "read link", path);
    }
    if (unlink(out) != 0 && errno != ENOENT) {
        free(target);
        return fail(st->req, "replace", path);
    }
    int rc = symlink(target, out);
    free(target);
    return rc == 0 ? 0 : fail(st->req, "create link", path);
}

static int write_dir(struct extract_state *st, sqfs_inode *inode, const char *out, const char *path)
{
    /* Owner rwx always, so the extracted tree can be filled and removed again. */
    mode_t mode = (inode->base.mode & 0777) | 0700;
    if (mkdir(out, mode) == 0)
        return 0;
    struct stat existing;
    if (errno == EEXIST && lstat(out, &existing) == 0 && S_ISDIR(existing.st_mode))
        return chmod(out, mode) == 0 ? 0 : fail(st->req, "set mode", path);
    return fail(st->req, "create directory", path);
}

static int extract_entry(struct extract_state *st, sqfs_dir_entry *entry, const char *path)
{
    const struct extract_request *req = st->req;
    sqfs_inode inode;
    if (sqfs_inode_get(&st->fs, &inode, sqfs_dentry_inode(entry)) != SQFS_OK) {
        errno = EIO;
        return fail(req, "read inode", path);
    }
    char *out = NULL;
    if (asprintf(&out, "%s/%s", req->dest, path) < 0)
        return fail(req, "allocate", path);
    int rc = 0;
    mode_t type = sqfs_dentry_mode(entry) & S_IFMT;
    if (req->pattern != NULL && paths_make_parents(out) != 0)
        rc = fail(req, "create parent directories", path);
    else if (type == S_IFDIR)
        rc = write_dir(st, &inode, out, path);
    else if (type == S_IFREG)
        rc = write_file(st, &inode, out, path);
    else if (type == S_IFLNK)
        rc = write_symlink(st, &inode, out, path);
    else
        fprintf(stderr, "%s: skipping %s: not a file, directory or link\n", req->image, path);
    if (rc == 0 && req->print_paths && (type == S_IFDIR || type == S_IFREG || type == S_IFLNK))
        printf("%s\n", out);
    free(out);
    return rc;
}

int extract_payload(const struct extract_request *req)
{
    struct extract_state st = {.req = req};
    if (sqfs_open_image(&st.fs, req->image, (size_t)req->offset) != SQFS_OK) {
        fprintf(stderr, "%s: no readable squashfs payload at offset %lld\n", req->image, (long long)req->offset);
        return -1;
    }
    st.buf = malloc(CHUNK);
    if (st.buf == NULL || (mkdir(req->dest, 0755) != 0 && errno != EEXIST)) {
        fprintf(stderr, "%s: cannot create %s: %s\n", req->image, req->dest, strerror(errno));
        free(st.buf);
        sqfs_destroy(&st.fs);
        return -1;
    }
    sqfs_traverse trv;
    sqfs_err err = sqfs_traverse_open(&trv, &st.fs, sqfs_inode_root(&st.fs));
    int rc = err == SQFS_OK ? 0 : -1;
    while (rc == 0 && sqfs_traverse_next(&trv, &err)) {
        if (req->cancelled != NULL && req->cancelled()) {
            rc = -1;
            break;
        }
        if (trv.dir_end || (req->pattern != NULL && fnmatch(req->pattern, trv.path, 0) != 0))
            continue;
        rc = extract_entry(&st, &trv.entry, trv.path);
    }
    if (rc == 0 && err != SQFS_OK) {
        fprintf(stderr, "%s: the squashfs payload is damaged (directory walk failed)\n", req->image);
        rc = -1;
    }
    sqfs_traverse_close(&trv);
    free(st.buf);
    sqfs_destroy(&st.fs);
    close(st.fs.fd);
    fflush(stdout);
    return rc;
}
