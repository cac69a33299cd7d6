/* ELF32 and ELF64 (little or big endian) headers normalised into one shape, so the size and
 * section lookups below are written once. */
#include "elf_image.h"

#include <elf.h>
#include <endian.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

struct elf_file
{
    int fd;
    off_t file_size;
    int is64;
    int big_endian;
    uint64_t phoff, shoff;
    uint32_t phnum, shnum, shstrndx;
    uint16_t phentsize, shentsize;
};

struct elf_section
{
    uint32_t name, type;
    uint64_t offset, size;
    uint32_t link;
};

static uint16_t get16(const struct elf_file *e, uint16_t v)
{
    return e->big_endian ? be16toh(v) : le16toh(v);
}
static uint32_t get32(const struct elf_file *e, uint32_t v)
{
    return e->big_endian ? be32toh(v) : le32toh(v);
}
static uint64_t get64(const struct elf_file *e, uint64_t v)
{
    return e->big_endian ? be64toh(v) : le64toh(v);
}

static int read_exact(int fd, void *buf, size_t len, uint64_t at)
{
    ssize_t got = pread(fd, buf, len, (off_t)at);
    return got == (ssize_t)len ? 0 : -1;
}

static int read_section(const struct elf_file *e, uint32_t index, struct elf_section *out)
{
    uint64_t at = e->shoff + (uint64_t)index * e->shentsize;
    if (e->is64) {
        Elf64_Shdr s;
        if (e->shentsize < sizeof s || read_exact(e->fd, &s, sizeof s, at) != 0)
            return -1;
        *out = (struct elf_section){get32(e, s.sh_name), get32(e, s.sh_type), get64(e, s.sh_offset),
                                    get64(e, s.sh_size), get32(e, s.sh_link)};
    } else {
        Elf32_Shdr s;
        if (e->shentsize < sizeof s || read_exact(e->fd, &s, sizeof s, at) != 0)
            return -1;
        *out = (struct elf_section){get32(e, s.sh_name), get32(e, s.sh_type), get32(e, s.sh_offset),
                                    get32(e, s.sh_size), get32(e, s.sh_link)};
    }
    return 0;
}

static int read_segment_end(const struct elf_file *e, uint32_t index, uint64_t *end)
{
    uint64_t at = e->phoff + (uint64_t)index * e->phentsize;
    if (e->is64) {
        Elf64_Phdr p;
        if (e->phentsize < sizeof p || read_exact(e->fd, &p, sizeof p, at) != 0)
            return -1;
        *end = get64(e, p.p_offset) + get64(e, p.p_filesz);
    } else {
        Elf32_Phdr p;
        if (e->phentsize < sizeof p || read_exact(e->fd, &p, sizeof p, at) != 0)
            return -1;
        *end = (uint64_t)get32(e, p.p_offset) + get32(e, p.p_filesz);
    }
    return 0;
}

static int open_elf(int fd, struct elf_file *e, const char **why)
{
    unsigned char ident[EI_NIDENT];
    struct stat st;
    memset(e, 0, sizeof *e);
    e->fd = fd;
    if (fstat(fd, &st) != 0 || read_exact(fd, ident, sizeof ident, 0) != 0 || memcmp(ident, ELFMAG, SELFMAG) != 0) {
        *why = "not an ELF file";
        return -1;
    }
    e->file_size = st.st_size;
    e->is64 = ident[EI_CLASS] == ELFCLASS64;
    e->big_endian = ident[EI_DATA] == ELFDATA2MSB;
    if (e->is64) {
        Elf64_Ehdr h;
        if (read_exact(fd, &h, sizeof h, 0) != 0)
            goto truncated;
        e->phoff = get64(e, h.e_phoff), e->shoff = get64(e, h.e_shoff);
        e->phnum = get16(e, h.e_phnum), e->shnum = get16(e, h.e_shnum), e->shstrndx = get16(e, h.e_shstrndx);
        e->phentsize = get16(e, h.e_phentsize), e->shentsize = get16(e, h.e_shentsize);
    } else {
        Elf32_Ehdr h;
        if (read_exact(fd, &h, sizeof h, 0) != 0)
            goto truncated;
        e->phoff = get32(e, h.e_phoff), e->shoff = get32(e, h.e_shoff);
        e->phnum = get16(e, h.e_phnum), e->shnum = get16(e, h.e_shnum), e->shstrndx = get16(e, h.e_shstrndx);
        e->phentsize = get16(e, h.e_phentsize), e->shentsize = get16(e, h.e_shentsize);
    }
    /* Extended numbering (gABI): more than 0xff00 sections keep the real count and the string
     * table index in section 0. */
    if (e->shoff != 0 && (e->shnum == 0 || e->shstrndx == SHN_XINDEX)) {
        struct elf_section zero;
        if (read_section(e, 0, &zero) != 0)
            goto truncated;
        if (e->shnum == 0)
            e->shnum = (uint32_t)zero.size;
        if (e->shstrndx == SHN_XINDEX)
            e->shstrndx = zero.link;
    }
    return 0;
truncated:
    *why = "truncated ELF header";
    return -1;
}

int elf_image_end(int fd, off_t *end, const char **why)
{
    struct elf_file e;
    if (open_elf(fd, &e, why) != 0)
        return -1;
    uint64_t furthest = e.is64 ? sizeof(Elf64_Ehdr) : sizeof(Elf32_Ehdr);
    uint64_t tables[2] = {e.phoff + (uint64_t)e.phnum * e.phentsize, e.shoff + (uint64_t)e.shnum * e.shentsize};
    for (int i = 0; i < 2; ++i)
        if (tables[i] > furthest)
            furthest = tables[i];
    for (uint32_t i = 0; i < e.shnum; ++i) {
        struct elf_section s;
        if (read_section(&e, i, &s) != 0) {
            *why = "unreadable section header";
            return -1;
        }
        if (s.type != SHT_NOBITS && s.offset + s.size > furthest)
            furthest = s.offset + s.size;
    }
    for (uint32_t i = 0; i < e.phnum; ++i) {
        uint64_t segment_end;
        if (read_segment_end(&e, i, &segment_end) != 0) {
            *why = "unreadable program header";
            return -1;
        }
        if (segment_end > furthest)
            furthest = segment_end;
    }
    if (furthest > (uint64_t)e.file_size) {
        *why = "ELF headers point past the end of the file";
        return -1;
    }
    *end = (off_t)furthest;
    return 0;
}

int elf_image_section(int fd, const char *name, off_t *offset, size_t *size, const char **why)
{
    struct elf_file e;
    struct elf_section names, s;
    if (open_elf(fd, &e, why) != 0)
        return -1;
    if (e.shnum == 0 || e.shstrndx >= e.shnum || read_section(&e, e.shstrndx, &names) != 0) {
        *why = "no section name table";
        return -1;
    }
    size_t want = strlen(name) + 1;
    char *buf = malloc(want);
    if (buf == NULL) {
        *why = "out of memory";
        return -1;
    }
    for (uint32_t i = 0; i < e.shnum; ++i) {
        if (read_section(&e, i, &s) != 0 || s.name >= names.size)
            continue;
        size_t avail = names.size - s.name < want ? (size_t)(names.size - s.name) : want;
        if (avail == want && read_exact(fd, buf, want, names.offset + s.name) == 0 && memcmp(buf, name, want) == 0) {
            free(buf);
            if (s.offset + s.size > (uint64_t)e.file_size) {
                *why = "section reaches past the end of the file";
                return -1;
            }
            *offset = (off_t)s.offset;
            *size = (size_t)s.size;
            return 0;
        }
    }
    free(buf);
    *why = "no such section";
    return -1;
}
