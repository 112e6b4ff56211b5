#!/usr/bin/env bash
# Installs Debian's Chromium (and a Korean font, so that screenshots show Hangul) for the browser tests when we may
# (root with apt-get); otherwise says why not.
set -u
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
if command -v fc-list >/dev/null 2>&1 && [ -z "$(fc-list :lang=ko 2>/dev/null | head -1)" ]; then need+=(fonts-nanum); fi
if ! command -v fc-list >/dev/null 2>&1; then need+=(fonts-nanum); fi
if [ ${#need[@]} -eq 0 ]; then exit 0; fi
if [ "$(id -u)" != "0" ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "${need[*]} not installed and this user cannot apt-get it" >&2
  command -v chromium >/dev/null 2>&1
  exit $?
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null 2>&1 || true
apt-get install -y -qq "${need[@]}" >/dev/null 2>&1
command -v chromium >/dev/null 2>&1
