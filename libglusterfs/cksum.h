/* cksum: glusterd's volume checksum (cluster.md 2.11), the value peers
 * compare to decide whether their copies of a volume agree. */
#ifndef GF_CKSUM_H
#define GF_CKSUM_H

#include <stddef.h>
#include <stdint.h>

/* Feeds data into the XOR checksum in 1024-byte chunks, as glusterd reads
 * a file. Start from state 0. A chunk shorter than 4 bytes makes upstream
 * read before its buffer; here the missing bytes count as zero. */
uint32_t gf_cksum_update(uint32_t state, const void *data, size_t len);

/* Checksum of a volume's info file text: lines sorted bytewise, summed
 * from 0 into *file_cksum (the cksum file then says "info=<file_cksum>\n"),
 * then that text summed on top into *exported (the value sent to peers). */
int gf_volume_cksum(const char *info_text, size_t len, uint32_t *file_cksum,
		    uint32_t *exported);

#endif
