#!/usr/bin/env python3
"""Builds Foyer's container base image as a `docker save` tarball, from this Debian machine alone.

The build network reaches Maven Central and Debian's packages but no container registry, so no
base image can be pulled. This assembles one layer instead:
  /opt/java    a Java 17 runtime cut with jlink from the installed JDK (openjdk-17-jdk-headless)
  /lib, /usr/lib, /lib64   the shared libraries that runtime, the embedded PostgreSQL and /bin/sh
               need, copied from this machine (glibc, libstdc++, zlib …)
  /bin/sh      dash (PostgreSQL's pg_ctl starts the server through a shell)
  /etc/passwd  the unprivileged user foyer (uid 1000): initdb refuses a user it cannot look up
  /tmp, /data  writable: the embedded PostgreSQL unpacks its binaries into /tmp; /data is the volume
Jib then puts the application on top (server/pom.xml, profile "image", from.image tar://…).

usage: build-base-image.py OUTPUT.tar [POSTGRES_BIN_DIR]
"""
import hashlib
import io
import json
import os
import subprocess
import sys
import tarfile
import tempfile

JDK = os.environ.get("FOYER_IMAGE_JDK", "/usr/lib/jvm/java-17-openjdk-amd64")
MODULES = "java.base,java.compiler,java.datatransfer,java.desktop,java.instrument,java.logging,java.management," \
          "java.naming,java.net.http,java.prefs,java.rmi,java.scripting,java.security.jgss,java.security.sasl," \
          "java.sql,java.transaction.xa,java.xml,jdk.crypto.ec,jdk.unsupported,jdk.zipfs,jdk.localedata,jdk.charsets"
UID = 1000


def libraries(elves):
    """The absolute paths of the shared libraries these ELF files load, as this machine resolves them."""
    found = set()
    for elf in elves:
        result = subprocess.run(["ldd", elf], capture_output=True, text=True)
        for line in result.stdout.splitlines():
            parts = line.split()
            path = parts[2] if "=>" in parts and len(parts) > 2 else parts[0]
            if path.startswith("/") and os.path.exists(path):
                found.add(path)
    return found


def elf_files(root):
    for directory, _, names in os.walk(root):
        for name in names:
            path = os.path.join(directory, name)
            if os.path.isfile(path) and not os.path.islink(path):
                with open(path, "rb") as f:
                    if f.read(4) == b"\x7fELF":
                        yield path


def add_file(layer, source, target, mode=None):
    info = layer.gettarinfo(source, arcname=target.lstrip("/"))
    info.uid = info.gid = 0
    info.uname = info.gname = "root"
    info.mtime = 0
    if mode is not None:
        info.mode = mode
    with open(source, "rb") as f:
        layer.addfile(info, f)


def add_dir(layer, target, mode=0o755, uid=0):
    info = tarfile.TarInfo(target.lstrip("/"))
    info.type = tarfile.DIRTYPE
    info.mode = mode
    info.uid = info.gid = uid
    info.mtime = 0
    layer.addfile(info)


def add_text(layer, target, text, mode=0o644):
    data = text.encode()
    info = tarfile.TarInfo(target.lstrip("/"))
    info.size = len(data)
    info.mode = mode
    info.mtime = 0
    layer.addfile(info, io.BytesIO(data))


def main():
    output = sys.argv[1]
    postgres_bin = sys.argv[2] if len(sys.argv) > 2 else None
    with tempfile.TemporaryDirectory() as work:
        runtime = os.path.join(work, "java")
        subprocess.run([os.path.join(JDK, "bin", "jlink"), "--add-modules", MODULES, "--strip-debug", "--no-header-files",
                        "--no-man-pages", "--output", runtime], check=True)
        elves = list(elf_files(runtime)) + ["/bin/dash"]
        if postgres_bin:
            elves += list(elf_files(postgres_bin))
        own = [os.path.realpath(runtime)] + ([os.path.realpath(os.path.dirname(postgres_bin))] if postgres_bin else [])
        needed = {lib for lib in libraries(elves) if not any(os.path.realpath(lib).startswith(root) for root in own)}
        needed |= {"/lib64/ld-linux-x86-64.so.2"}
        # glibc loads these by name at run time (user and host lookups), ldd does not show them.
        # The embedded PostgreSQL (unpacked at run time) also needs libstdc++ and libgcc_s from the system.
        for extra in ("/lib/x86_64-linux-gnu/libnss_files.so.2", "/lib/x86_64-linux-gnu/libresolv.so.2",
                      "/lib/x86_64-linux-gnu/libstdc++.so.6", "/lib/x86_64-linux-gnu/libgcc_s.so.1",
                      "/lib/x86_64-linux-gnu/librt.so.1", "/lib/x86_64-linux-gnu/libdl.so.2",
                      "/lib/x86_64-linux-gnu/libpthread.so.0", "/lib/x86_64-linux-gnu/libm.so.6"):
            if os.path.exists(extra):
                needed.add(extra)

        layer_path = os.path.join(work, "layer.tar")
        with tarfile.open(layer_path, "w", format=tarfile.PAX_FORMAT) as layer:
            for directory in ("/bin", "/etc", "/lib", "/lib64", "/usr", "/usr/lib", "/opt", "/lib/x86_64-linux-gnu",
                              "/usr/lib/x86_64-linux-gnu", "/var"):
                add_dir(layer, directory)
            add_dir(layer, "/tmp", 0o1777)
            add_dir(layer, "/data", 0o700, UID)
            add_dir(layer, "/home/foyer", 0o700, UID)
            add_text(layer, "/etc/passwd", "root:x:0:0:root:/root:/bin/sh\nfoyer:x:%d:%d:Foyer:/home/foyer:/bin/sh\n" % (UID, UID))
            add_text(layer, "/etc/group", "root:x:0:\nfoyer:x:%d:\n" % UID)
            add_text(layer, "/etc/nsswitch.conf", "passwd: files\ngroup: files\nhosts: files dns\n")
            add_text(layer, "/etc/hosts", "127.0.0.1 localhost\n::1 localhost\n")
            add_file(layer, "/bin/dash", "/bin/sh", 0o755)
            # LANG=C.UTF-8 (Java's file names, PostgreSQL's initdb) needs glibc's C.utf8 locale files.
            locale = "/usr/lib/locale/C.utf8"
            if os.path.isdir(locale):
                add_dir(layer, "/usr/lib/locale")
                add_dir(layer, locale)
                for name in sorted(os.listdir(locale)):
                    if os.path.isfile(os.path.join(locale, name)):
                        add_file(layer, os.path.join(locale, name), locale + "/" + name)
                    elif os.path.isdir(os.path.join(locale, name)):
                        add_dir(layer, locale + "/" + name)
                        for inner in sorted(os.listdir(os.path.join(locale, name))):
                            add_file(layer, os.path.join(locale, name, inner), locale + "/" + name + "/" + inner)
            for library in sorted(needed):
                real = os.path.realpath(library)
                add_file(layer, real, library)
            for directory, names, files in os.walk(runtime):
                relative = os.path.relpath(directory, runtime)
                target = "/opt/java" if relative == "." else "/opt/java/" + relative
                add_dir(layer, target)
                for name in files:
                    add_file(layer, os.path.join(directory, name), target + "/" + name)

        with open(layer_path, "rb") as f:
            diff_id = "sha256:" + hashlib.sha256(f.read()).hexdigest()
        config = {
            "architecture": "amd64",
            "os": "linux",
            "config": {"Env": ["PATH=/opt/java/bin:/usr/bin:/bin", "JAVA_HOME=/opt/java", "LANG=C.UTF-8"],
                       "User": "%d:%d" % (UID, UID)},
            "rootfs": {"type": "layers", "diff_ids": [diff_id]},
            "history": [{"created_by": "deploy/image/build-base-image.py"}],
        }
        config_bytes = json.dumps(config).encode()
        config_name = hashlib.sha256(config_bytes).hexdigest() + ".json"
        manifest = [{"Config": config_name, "RepoTags": ["foyer-base:local"], "Layers": ["layer.tar"]}]
        with tarfile.open(output, "w") as image:
            image.add(layer_path, arcname="layer.tar")
            for name, data in ((config_name, config_bytes), ("manifest.json", json.dumps(manifest).encode())):
                info = tarfile.TarInfo(name)
                info.size = len(data)
                image.addfile(info, io.BytesIO(data))
    print("base image written to", output)


if __name__ == "__main__":
    main()
