"""R reads the CSV export with the types the schema declares: base R's read.csv, and readr where installed.

Rscript is not a Python dependency: CI installs Debian's r-base-core and r-cran-readr (.ci/run); elsewhere the
test skips and says so.
"""
import shutil
import subprocess

import pytest
from export_data import published

from eventdesk import export, schema

pytestmark = pytest.mark.slow

R_SCRIPT = r"""
args <- commandArgs(trailingOnly = TRUE)
say <- function(k, v) cat(k, "\t", paste(v, collapse = ","), "\n", sep = "")
d <- read.csv(args[1], encoding = "UTF-8", stringsAsFactors = FALSE)
say("rows", nrow(d))
say("names", names(d))
for (n in names(d)) say(paste0("class.", n), class(d[[n]]))
say("dates", format(as.Date(d$event_date), "%Y-%m-%d"))
say("fatalities", d$fatalities)
say("na.crowd_size_low", which(is.na(d$crowd_size_low)))
say("accent", any(grepl("\u00e7a suffit", d$evidence, fixed = TRUE)))
if (requireNamespace("readr", quietly = TRUE)) {
  r <- readr::read_csv(args[1], show_col_types = FALSE, progress = FALSE)
  say("readr.rows", nrow(r))
  say("readr.problems", nrow(readr::problems(r)))
  for (n in names(r)) say(paste0("readr.", n), class(r[[n]])[1])
}
"""

INTEGER = {"int8", "int16", "int32", "int64"}


def _rscript():
    exe = shutil.which("Rscript")
    if exe is None:
        pytest.skip("Rscript not found: install Debian's r-base-core (and r-cran-readr), as .ci/run does")
    return exe


def test_r_reads_the_csv_export_with_declared_types(tmp_path):
    rscript = _rscript()
    data = published(tmp_path)
    out = tmp_path / "events.csv"
    n = export.export(data, out)
    script = tmp_path / "read.R"
    script.write_text(R_SCRIPT, encoding="utf-8")
    proc = subprocess.run([rscript, "--vanilla", str(script), str(out)], capture_output=True, text=True,
                          encoding="utf-8", env={"LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "PATH": "/usr/bin:/bin"})
    assert proc.returncode == 0, proc.stderr
    got = dict(line.split("\t", 1) for line in proc.stdout.splitlines() if "\t" in line)
    columns = schema.table("events").columns
    assert int(got["rows"]) == n == 4
    assert got["names"].split(",") == [c.name for c in columns]
    rows = export.select(data).to_pylist()
    for c in columns:
        values = [r[c.name] for r in rows if r[c.name] not in (None, [], "")]
        if not values:
            continue  # a column R sees only blanks in is logical NA, whatever it would hold
        cls = got[f"class.{c.name}"]
        if c.type in INTEGER:
            assert cls == "integer", (c.name, cls)
        elif c.type == "float64":
            assert cls == "numeric", (c.name, cls)
        else:  # text, lists joined with '; ', and ISO dates (as.Date reads them, below)
            assert cls == "character", (c.name, cls)
        if "readr.rows" in got:
            want = {"date": "Date", "float64": "numeric"}.get(c.type, "numeric" if c.type in INTEGER else "character")
            assert got[f"readr.{c.name}"] == want, (c.name, got[f"readr.{c.name}"])
    assert got["dates"].split(",") == [r["event_date"].isoformat() for r in rows]
    assert got["fatalities"].split(",") == [str(r["fatalities"]) for r in rows]
    assert got["na.crowd_size_low"].split(",") == [str(i + 1) for i, r in enumerate(rows) if r["crowd_size_low"] is None]
    assert got["accent"] == "TRUE"
    if "readr.rows" in got:
        assert int(got["readr.rows"]) == 4 and got["readr.problems"] == "0"
