/* Serves the squashfs payload read-only through FUSE with libsquashfuse's low-level operations.
 * The caller owns the loop (it polls mount_fd and calls mount_serve), so one process can serve
 * the mount and watch AppRun at the same time without threads. */
#ifndef PORTDESK_MOUNT_H
#define PORTDESK_MOUNT_H

#include <stddef.h>
#include <sys/types.h>

struct payload_mount;

/* Whether FUSE can be tried at all: /dev/fuse exists and, when not root, fusermount3 is on
 * PATH. Returns 1, or 0 with why filled. */
int mount_possible(char *why, size_t why_size);

/* Mounts image's payload at mountpoint. Returns the mount, or NULL with why filled by what
 * libfuse and fusermount3 said (they print nothing themselves). */
struct payload_mount *mount_open(const char *image, off_t offset, const char *mountpoint, char *why, size_t why_size);

/* The descriptor to poll for requests. */
int mount_fd(const struct payload_mount *m);

/* Answers one pending request. Returns 0, or -1 once the file system was unmounted. */
int mount_serve(struct payload_mount *m);

/* Unmounts (lazily, so a busy mount goes away as well) and frees. */
void mount_close(struct payload_mount *m);

#endif
