#!/bin/bash
kind=$1
rm -rf /dev/shm/ab2/out-$kind /dev/shm/ab2/cache-$kind
s=$(date +%s.%N)
CONTENT_DIR=/dev/shm/ab2/$kind/articles ASTRO_CACHE_DIR=/dev/shm/ab2/cache-$kind ASTRO_TELEMETRY_DISABLED=1 node node_modules/astro/bin/astro.mjs build --outDir /dev/shm/ab2/out-$kind > /dev/shm/ab2/log-$kind 2>&1
e=$(date +%s.%N)
printf "%s total %.1fs | " $kind $(echo "$e - $s" | bc)
sed 's/\x1b\[[0-9;]*m//g' /dev/shm/ab2/log-$kind | awk '/Syncing content/{a=$1} /Synced content/{b=$1} /Completed in/{c=c" "$NF} /fidelity:/{e=$1} /page\(s\) built/{d=$1} END{print "sync", a, b, "completed:", c, "pages-done", d, "fidelity", e}'
