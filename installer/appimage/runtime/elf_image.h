/* Reads the ELF headers of an AppImage: where the runtime ends (so where the squashfs payload
 * starts) and where a named section sits in the file. Both come from the file itself, never from
 * constants, so they stay right after the runtime is rebuilt or its sections are patched. */
#ifndef PORTDESK_ELF_IMAGE_H
#define PORTDESK_ELF_IMAGE_H

#include <stddef.h>
#include <sys/types.h>

/* The ELF's size as AppImageSpec defines it: the furthest byte any header table, section or
 * segment reaches. Returns 0, or -1 with *why set to a static message. */
int elf_image_end(int fd, off_t *end, const char **why);

/* File offset and size of the section called name. Returns 0, or -1 with *why set. */
int elf_image_section(int fd, const char *name, off_t *offset, size_t *size, const char **why);

#endif
