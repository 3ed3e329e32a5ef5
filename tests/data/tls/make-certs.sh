#!/usr/bin/env bash
# Regenerates the TLS test certificates in this folder (see README.md). Needs only the openssl CLI.
set -euo pipefail
cd "$(dirname "$0")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
days=36500 # the good ones stay valid for a hundred years

# Valid from 2024 (so a machine whose clock is somewhat behind still accepts them) for a hundred years.
start=20240101000000Z
later=$(date -u -d "+$days days" +%Y%m%d%H%M%SZ)

# One server key for every server certificate, so the test server can present any of them.
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out server.key 2>/dev/null

# sign NAME SUBJECT-ALT-NAMES START END [selfsign]: a server certificate signed by the test CA, or by
# its own key (self-signed) with "selfsign".
sign() {
    local name=$1 san=$2 start=$3 end=$4 mode=${5:-}
    local key=server.key
    openssl req -new -key $key -subj "/CN=$name" -out "$work/$name.csr"
    mkdir -p "$work/db/new"
    : >"$work/db/index.txt"
    cat >"$work/ca.cnf" <<CNF
[ca]
default_ca = test
[test]
dir = $work/db
database = \$dir/index.txt
new_certs_dir = \$dir/new
serial = \$dir/serial
default_md = sha256
policy = any
copy_extensions = none
unique_subject = no
x509_extensions = server
[any]
commonName = supplied
[server]
basicConstraints = critical,CA:FALSE
keyUsage = critical,digitalSignature,keyEncipherment
extendedKeyUsage = serverAuth
subjectAltName = $san
CNF
    openssl rand -hex 8 >"$work/db/serial"
    if [[ $mode == selfsign ]]; then
        openssl ca -batch -notext -config "$work/ca.cnf" -selfsign -keyfile $key \
            -startdate "$start" -enddate "$end" -in "$work/$name.csr" -out "$name.pem" 2>/dev/null
    else
        openssl ca -batch -notext -config "$work/ca.cnf" -cert ca.pem -keyfile "$work/ca.key" \
            -startdate "$start" -enddate "$end" -in "$work/$name.csr" -out "$name.pem" 2>/dev/null
    fi
}

# The test CA. Its key is thrown away, so nothing else can ever be signed by it.
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$work/ca.key" 2>/dev/null
openssl req -new -key "$work/ca.key" -subj "/CN=ForgeDesk Test CA" -out "$work/ca.csr"
mkdir -p "$work/db/new"
: >"$work/db/index.txt"
openssl rand -hex 8 >"$work/db/serial"
cat >"$work/ca-self.cnf" <<CNF
[ca]
default_ca = test
[test]
dir = $work/db
database = \$dir/index.txt
new_certs_dir = \$dir/new
serial = \$dir/serial
default_md = sha256
policy = any
unique_subject = no
x509_extensions = ca_extensions
[any]
commonName = supplied
[ca_extensions]
basicConstraints = critical,CA:TRUE
keyUsage = critical,keyCertSign,cRLSign
subjectKeyIdentifier = hash
CNF
openssl ca -batch -notext -config "$work/ca-self.cnf" -selfsign -keyfile "$work/ca.key" \
    -startdate "$start" -enddate "$later" -in "$work/ca.csr" -out ca.pem 2>/dev/null

sign localhost-and-loopback "IP:127.0.0.1,DNS:localhost" "$start" "$later"
sign wrong-host "DNS:wrong-host.example" "$start" "$later"
sign expired "IP:127.0.0.1,DNS:localhost" 20200101000000Z 20210101000000Z
# Trusted by nobody; right names and dates.
sign self-signed "IP:127.0.0.1,DNS:localhost" "$start" "$later" selfsign
chmod 644 ./*.pem server.key
