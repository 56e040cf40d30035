#!/usr/bin/env bash
# Makes sure the programs the test suite uses are installed (Debian packages), so that `./mvnw verify` on a fresh
# machine sets itself up. Run by Maven before the tests (pom.xml, exec-maven-plugin, phase initialize); skipped with
# -DskipTests. As root it installs what is missing with apt-get; otherwise it names the packages to install.
#   hunspell, hunspell-vi        ../shared/tools/check-vietnamese (spelling of data, messages and rendered pages)
#   libreoffice-writer-nogui     turns the generated Word report into a PDF (AnnualReportDocumentTests)
#   poppler-utils                pdftotext, reads that PDF back
#   chromium, chromium-driver    the browser tests (vn.ansinh.e2e), driven by Selenium; never a downloaded browser
#   npm                          fetches axe-core from the npm registry into target/axe (AccessibilityTests)
#   postgresql-client            pg_dump, pg_restore, psql for scripts/backup.sh and restore.sh (BackupRestoreTests;
#                                Debian 12 ships 15, so the round trip runs on a PostgreSQL 15 server: see pom.xml)
set -euo pipefail

missing=()
if ! command -v hunspell >/dev/null 2>&1 || [ ! -f /usr/share/hunspell/vi_VN.dic ]; then missing+=(hunspell hunspell-vi); fi
if ! command -v soffice >/dev/null 2>&1; then missing+=(libreoffice-writer-nogui); fi
if ! command -v pdftotext >/dev/null 2>&1; then missing+=(poppler-utils); fi
if [ ! -x /usr/bin/chromium ]; then missing+=(chromium); fi
if [ ! -x /usr/bin/chromedriver ]; then missing+=(chromium-driver); fi
if ! command -v npm >/dev/null 2>&1; then missing+=(npm); fi
if ! command -v pg_dump >/dev/null 2>&1; then missing+=(postgresql-client); fi

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "The tests need these Debian packages: ${missing[*]}" >&2
  echo "Install them with: sudo apt-get install ${missing[*]}" >&2
  exit 1
fi
echo "Installing the test tools: ${missing[*]}"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
