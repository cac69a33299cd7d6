/* File-system helpers of the runtime: which AppImage it works on, fresh temporary directories
 * named after it, removing an extracted tree, and finding a program on PATH. */
#ifndef PORTDESK_PATHS_H
#define PORTDESK_PATHS_H

#include <stdbool.h>

/* Absolute path of the AppImage to work on: $TARGET_APPIMAGE when set, else this executable
 * (/proc/self/exe; where /proc is not mounted, as in a bare chroot, argv0 resolved like the shell
 * did). Returns a malloc'ed string or NULL (with errno set). */
char *paths_appimage(const char *argv0);

/* Creates $TMPDIR/<prefix><name>XXXXXX (or under /tmp), name derived from the AppImage's file
 * name. Returns a malloc'ed path or NULL (with errno set). */
char *paths_make_temp_dir(const char *prefix, const char *appimage);

/* Removes a tree without following symbolic links. Returns 0 or -1. */
int paths_remove_tree(const char *root);

/* True when an executable called name is found in a directory of $PATH. */
bool paths_on_path(const char *name);

/* Creates every missing directory above path (not path itself), mode 0755. Returns 0 or -1. */
int paths_make_parents(const char *path);

#endif
