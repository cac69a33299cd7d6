/* Build step: writes the AppImage type-2 magic "AI\x02" at file offset 8 of the linked runtime
 * (e_ident's padding, which the ELF loader ignores). Refuses files whose padding already holds
 * something else, so it never overwrites a header field by mistake. */
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    static const char magic[3] = {'A', 'I', 0x02};
    char current[3];
    int fd = argc == 2 ? open(argv[1], O_RDWR) : -1;
    if (fd < 0) {
        fprintf(stderr, "usage: stamp_magic RUNTIME (cannot open it)\n");
        return 1;
    }
    if (pread(fd, current, 3, 8) != 3 || (memcmp(current, "\0\0\0", 3) != 0 && memcmp(current, magic, 3) != 0)) {
        fprintf(stderr, "stamp_magic: %s: bytes 8..10 are not ELF padding\n", argv[1]);
        return 1;
    }
    if (pwrite(fd, magic, 3, 8) != 3 || close(fd) != 0) {
        perror("stamp_magic");
        return 1;
    }
    return 0;
}
