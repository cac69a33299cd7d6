/* Copies the squashfs payload of an AppImage into a directory through libsquashfuse's own reader
 * (no FUSE, no unsquashfs): used by --appimage-extract and by extract-and-run. */
#ifndef PORTDESK_EXTRACT_H
#define PORTDESK_EXTRACT_H

#include <stdbool.h>
#include <sys/types.h>

struct extract_request
{
    const char *image;       /* the AppImage file */
    off_t offset;            /* where its squashfs starts */
    const char *dest;        /* target directory, created when missing */
    const char *pattern;     /* fnmatch(3) glob on the path inside the image, or NULL for all */
    bool print_paths;        /* print "<dest>/<path>" per extracted entry */
    bool (*cancelled)(void); /* polled between entries; NULL never cancels */
};

/* Returns 0, or -1 after printing why (naming the file) to stderr. */
int extract_payload(const struct extract_request *req);

#endif
