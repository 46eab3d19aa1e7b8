#!/bin/sh
# Installs what minutes needs to build and test on Debian (quietly).
set -eu
SUDO=
[ "$(id -u)" = 0 ] || SUDO=sudo
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends \
  build-essential pkg-config \
  libglib2.0-dev libpcre2-dev libjson-glib-dev libuchardet-dev \
  libpoppler-glib-dev libzip-dev libxml2-dev \
  libsqlite3-dev libmimalloc-dev python3-jsonschema poppler-utils scdoc man-db \
  python3 perl valgrind >/dev/null
