/// The help texts of the command and its subcommands.
enum Help {
  static let overview = """
    shegong — monthly service statistics (社工站服务统计) from social-work station CSV exports.

    USAGE:
      shegong report   [--inputs DIR] [--period P] [--out DIR] [--templates DIR] [--lang zh|en]
                       [--as-of YYYY-MM-DD] [--strict] [--unmasked] [--quiet] [--callback-sample N]
                       [--sheet-rows N] [--feedback] [--suppress-below N]
      shegong validate [--inputs DIR] [--as-of YYYY-MM-DD] [--unmasked]
      shegong verify   --out DIR [--inputs DIR] [--period P]
      shegong templates --out DIR
      shegong sample   --out DIR [--scale tiny|county|province] [--seed N] [--services N]
                       [--from YYYY-MM] [--to YYYY-MM] [--error-rate R]
      shegong --help | --version

    Each subcommand has --help. Input format: see docs/inputs.md.
    """

  static let report = """
    shegong report — write the report of one period: XLSX workbook, Markdown, metrics JSON, issues CSV,
    overdue CSV.

    OPTIONS:
      --inputs DIR         folder of input CSV files (default: Inputs)
      --period P           YYYY-MM, YYYY-Qn, YYYY-Hn or YYYY (default: the latest month with records)
      --out DIR            output folder (default: Reports/<period>)
      --templates DIR      folder of edited report templates, report.zh.md and report.en.md
                           (default: the templates built into shegong; see shegong templates)
      --lang zh|en         language of the workbook and report (default: zh)
      --as-of YYYY-MM-DD   the day treated as today (default: today); later records are future-date
      --strict             exit 4 when any row was rejected (reports are still written)
      --unmasked           show beneficiaries' names and ID numbers in full (default: masked)
      --callback-sample N  also write callback-<period>.csv: N beneficiaries served in the period, drawn
                           by SHA-256 of "<period>/<beneficiary_id>", for confirmation calls
      --quiet              print errors only
      --sheet-rows N       the most rows the workbook's overdue and issues sheets show; the full lists
                           are in the overdue and issues CSV files (default: 20000)
      --feedback           also write feedback/<station_id>-<period>.xlsx for each station with issues
                           or overdue people (its rows to fix and people to visit), and
                           feedback/index-<period>.csv listing them
      --suppress-below N   for a report that circulates outside the bureau (N ≥ 2): in the Markdown only,
                           counts of beneficiaries and households from 1 to N−1 in the station, township,
                           category and disability tables are written <N, ratios built on them —, and the
                           list of the 20 longest overdue is left out

    Every run also writes manifest-<period>.json (each input and output with its SHA-256), which
    shegong verify checks.

    EXIT CODES: 0 written, 2 usage error, 3 inputs unusable, 4 --strict and rows rejected, 1 other failure.
    """

  static let validate = """
    shegong validate — check the inputs; the issues CSV goes to standard output, a summary per file to
    standard error.

    OPTIONS:
      --inputs DIR         folder of input CSV files (default: Inputs)
      --as-of YYYY-MM-DD   the day treated as today (default: today)
      --unmasked           show beneficiaries' names and ID numbers in full in issue values
      --quiet              no summary on standard error

    EXIT CODES: 0 no row rejected, 4 some rows rejected, 3 inputs unusable, 2 usage error.
    """

  static let verify = """
    shegong verify — check a report folder against its manifest-<label>.json: every file the run wrote
    is hashed again (SHA-256); each file changed, missing, or listed in no manifest is named.

    OPTIONS:
      --out DIR            the report folder (required)
      --inputs DIR         also check the input files the manifest lists, in DIR
      --period P           check only manifest-P.json (default: every manifest in the folder)
      --quiet              name the differing files only, no summary line

    EXIT CODES: 0 every file matches, 5 some file changed, missing or unlisted, 3 no readable manifest,
    2 usage error.
    """

  static let templates = """
    shegong templates — write the built-in report templates, report.zh.md and report.en.md, into a folder
    for editing; pass the folder back with shegong report --templates DIR. Template files already in the
    folder are left as they are, and the command then fails without writing.

    OPTIONS:
      --out DIR            folder to write (required; created when missing)
      --quiet              print errors only
    """

  static let sample = """
    shegong sample — write a complete, valid input folder from a seeded generator (same seed, same bytes).

    OPTIONS:
      --out DIR                      folder to write (required)
      --scale tiny|county|province   size of the data (default: tiny)
      --seed N                       random seed (default: 1)
      --services N                   total number of service rows
      --from YYYY-MM, --to YYYY-MM   months covered (default: 2026-07 to 2026-10)
      --error-rate R                 share of rows deliberately broken, 0 to 1 (default: 0)
    """
}
