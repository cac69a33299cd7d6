#define _GNU_SOURCE
#include "paths.h"

#include <errno.h>
#include <ftw.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static char *find_on_path(const char *name);

char *paths_appimage(const char *argv0)
{
    const char *target = getenv("TARGET_APPIMAGE");
    if (target != NULL && *target != '\0')
        return realpath(target, NULL);
    char *self = realpath("/proc/self/exe", NULL);
    if (self != NULL || argv0 == NULL)
        return self;
    return strchr(argv0, '/') != NULL ? realpath(argv0, NULL) : find_on_path(argv0);
}

/* A short, shell- and mkdtemp-safe stem: "PortDesk-0.1.0-x86_64.AppImage" -> "PortDesk-0.1.0-x86_64". */
static void name_stem(const char *appimage, char *out, size_t cap)
{
    const char *base = strrchr(appimage, '/');
    base = base != NULL ? base + 1 : appimage;
    size_t len = strlen(base);
    if (len > 9 && strcasecmp(base + len - 9, ".AppImage") == 0)
        len -= 9;
    size_t n = 0;
    for (size_t i = 0; i < len && n + 1 < cap; ++i) {
        char c = base[i];
        int safe = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
                   c == '.';
        out[n++] = safe ? c : '_';
    }
    out[n] = '\0';
}

char *paths_make_temp_dir(const char *prefix, const char *appimage)
{
    const char *base = getenv("TMPDIR");
    if (base == NULL || *base == '\0')
        base = "/tmp";
    char stem[32];
    name_stem(appimage, stem, sizeof stem);
    char *path = NULL;
    if (asprintf(&path, "%s/%s%sXXXXXX", base, prefix, stem) < 0)
        return NULL;
    if (mkdtemp(path) == NULL) {
        int saved = errno;
        free(path);
        errno = saved;
        return NULL;
    }
    return path;
}

static int remove_entry(const char *path, const struct stat *st, int type, struct FTW *ftw)
{
    (void)st, (void)ftw;
    int rc = type == FTW_DP ? rmdir(path) : unlink(path);
    return rc != 0 && errno != ENOENT ? -1 : 0;
}

int paths_remove_tree(const char *root)
{
    /* A directory extracted read-only (mode 0555) still has to be emptied. */
    struct stat st;
    if (lstat(root, &st) == 0 && S_ISDIR(st.st_mode))
        chmod(root, 0700);
    return nftw(root, remove_entry, 32, FTW_DEPTH | FTW_PHYS);
}

/* The first executable called name in a directory of $PATH, resolved; NULL when none. */
static char *find_on_path(const char *name)
{
    const char *path = getenv("PATH");
    char candidate[PATH_MAX];
    while (path != NULL && *path != '\0') {
        size_t len = strcspn(path, ":");
        if (len > 0 && snprintf(candidate, sizeof candidate, "%.*s/%s", (int)len, path, name) < (int)sizeof candidate &&
            access(candidate, X_OK) == 0)
            return realpath(candidate, NULL);
        path += len;
        if (*path == ':')
            ++path;
    }
    errno = ENOENT;
    return NULL;
}

bool paths_on_path(const char *name)
{
    char *found = find_on_path(name);
    free(found);
    return found != NULL;
}

int paths_make_parents(const char *path)
{
    char *copy = strdup(path);
    if (copy == NULL)
        return -1;
    for (char *slash = strchr(copy + 1, '/'); slash != NULL; slash = strchr(slash + 1, '/')) {
        *slash = '\0';
        if (mkdir(copy, 0755) != 0 && errno != EEXIST) {
            free(copy);
            return -1;
        }
        *slash = '/';
    }
    free(copy);
    return 0;
}
