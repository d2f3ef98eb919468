#!/usr/bin/env bash
# The dashboard tests drive Debian's chromium with Playwright (never Playwright's own browser
# download, which cannot work offline). Install it when missing and we can; else say so.
set -u
if [ -x /usr/bin/chromium ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian chromium for the dashboard tests..."
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
    || echo "Could not install chromium; the browser tests will skip."
else
  echo "chromium is not installed and apt-get is not usable here; the browser tests will skip."
fi
exit 0
