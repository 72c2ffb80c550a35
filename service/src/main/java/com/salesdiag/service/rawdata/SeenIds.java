package com.salesdiag.service.rawdata;

import java.nio.charset.StandardCharsets;

/**
 * The ids already met in a file (orders, opportunities), kept as 64-bit hashes in an open-addressing table: 16 bytes
 * an id at most, instead of a String object each, so that a file of a million lines needs a few megabytes to tell
 * an order met twice. Two different ids share a hash with a probability of about n² / 2^65 (1 in 400 million
 * for 300,000 orders); such a clash is reported as an id met twice, never silently merged.
 */
final class SeenIds {

    private long[] table = new long[1 << 12];
    private boolean zeroSeen;
    private int size;

    /** True if the id was new. */
    boolean add(String id) {
        long h = hash(id);
        if (h == 0) {
            boolean was = zeroSeen;
            zeroSeen = true;
            return !was;
        }
        if (size * 2 >= table.length) {
            grow();
        }
        return insert(table, h);
    }

    private boolean insert(long[] into, long h) {
        int mask = into.length - 1;
        int i = (int) (h ^ (h >>> 32)) & mask;
        while (into[i] != 0) {
            if (into[i] == h) {
                return false;
            }
            i = (i + 1) & mask;
        }
        into[i] = h;
        if (into == table) {
            size++;
        }
        return true;
    }

    private void grow() {
        long[] bigger = new long[table.length * 2];
        for (long h : table) {
            if (h != 0) {
                insert(bigger, h);
            }
        }
        table = bigger;
    }

    /** FNV-1a over the UTF-8 bytes, then a 64-bit finaliser (MurmurHash3's) to spread the bits. */
    static long hash(String id) {
        long h = 0xcbf29ce484222325L;
        for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
