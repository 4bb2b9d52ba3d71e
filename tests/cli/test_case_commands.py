"""`case` on the command line (issue 4): from intake to closed, with the legal clock in the JSON."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from pathlib import Path

from spaceoptics_desk.domain.clock import AMSTERDAM
from spaceoptics_desk.domain.deadlines import first_due
from tests.cli.conftest import Run
from tests.raw_files import readable_in_files


def test_a_case_from_intake_to_closed(run: Run, demo_db: Path) -> None:
    db = ("--db", str(demo_db))
    received = (datetime.now(AMSTERDAM) - timedelta(days=2)).replace(second=0, microsecond=0)
    opened = run(
        *db,
        "case",
        "open",
        "K100000",
        "--rights",
        "access,erasure",
        "--channel",
        "phone",
        "--received",
        received.strftime("%Y-%m-%dT%H:%M"),
        "--by",
        "staff",
    )
    assert opened.code == 0, opened.err
    case_id = opened.out.strip()
    assert case_id.isdigit()

    [listed] = [
        c for c in json.loads(run(*db, "case", "list", "--open", "--json").out) if str(c["id"]) == case_id
    ]
    assert set(listed) >= {
        "id",
        "customer",
        "received",
        "due",
        "extended_due",
        "status",
        "rights",
        "days_left",
    }
    assert listed["customer"] == "K100000" and listed["rights"] == ["access", "erasure"]
    assert listed["due"] == first_due(received.date()).isoformat()
    assert listed["days_left"] == (first_due(received.date()) - datetime.now(AMSTERDAM).date()).days

    refused = run(*db, "case", "close", case_id, "--outcome", "complied", "--by", "owner")
    assert refused.code == 1 and "identity first" in refused.err
    assert run(*db, "case", "verify", case_id, "--method", "email-on-file", "--by", "staff").code == 0
    extended = run(
        *db,
        "case",
        "extend",
        case_id,
        "--reason",
        "veel verzoeken",
        "--told",
        datetime.now(AMSTERDAM).date().isoformat(),
        "--by",
        "owner",
    )
    assert extended.code == 0 and "now due" in extended.out
    assert run(*db, "case", "close", case_id, "--outcome", "complied", "--by", "owner").code == 0

    shown = json.loads(run(*db, "case", "show", case_id, "--json").out)
    assert shown["status"] == "closed" and shown["outcome"] == "complied"
    assert shown["extended_due"] is not None and shown["identity_method"] == "email-on-file"
    assert [t["kind"] for t in shown["timeline"]] == ["intake", "verified", "extended", "closed"]
    assert "Timeline" in run(*db, "case", "show", case_id).out


def test_bad_case_input_is_one_clear_line(run: Run, demo_db: Path) -> None:
    db = ("--db", str(demo_db))
    for args, message in (
        (
            (
                "open",
                "K100000",
                "--rights",
                "access",
                "--channel",
                "phone",
                "--received",
                "2099-01-01T10:00",
                "--by",
                "staff",
            ),
            "in the future",
        ),
        (("open", "K100000", "--rights", "telepathy", "--channel", "phone", "--by", "staff"), "Valid rights"),
        (("close", "4242", "--outcome", "complied", "--by", "owner"), "no case 4242"),
        (("show", "4242"), "no case 4242"),
    ):
        result = run(*db, "case", *args)
        assert result.code == 1, args
        assert message in result.err and len(result.err.strip().splitlines()) == 1
    unknown = run(*db, "case", "close", "1", "--outcome", "maybe", "--by", "owner")
    assert unknown.code == 1 and "Valid outcomes" in unknown.err


def test_an_unknown_caller_can_be_logged(run: Run, demo_db: Path) -> None:
    opened = run(
        "--db",
        str(demo_db),
        "case",
        "open",
        "unknown",
        "--rights",
        "access",
        "--channel",
        "email",
        "--contact",
        "mail van p.jansen@example.nl",
        "--by",
        "staff",
    )
    assert opened.code == 0
    shown = json.loads(run("--db", str(demo_db), "case", "show", opened.out.strip(), "--json").out)
    assert shown["customer"] is None and shown["contact_details"] == "mail van p.jansen@example.nl"


def test_pause_and_resume_on_the_command_line(run: Run, demo_db: Path) -> None:
    db = ("--db", str(demo_db))
    received = datetime.now(AMSTERDAM) - timedelta(days=6)
    case_id = run(
        *db,
        "case",
        "open",
        "K100000",
        "--rights",
        "access",
        "--channel",
        "email",
        "--received",
        received.strftime("%Y-%m-%dT%H:%M"),
        "--by",
        "staff",
    ).out.strip()
    asked = (received + timedelta(days=1)).date().isoformat()
    answered = (received + timedelta(days=4)).date().isoformat()
    assert run(*db, "case", "pause", case_id, "--asked", asked, "--by", "staff").code == 0
    assert json.loads(run(*db, "case", "show", case_id, "--json").out)["status"] == "waiting"
    assert run(*db, "case", "resume", case_id, "--answered", answered, "--by", "staff").code == 0
    shown = json.loads(run(*db, "case", "show", case_id, "--json").out)
    assert (shown["paused_from"], shown["paused_until"], shown["status"]) == (asked, answered, "open")
    due = date.fromisoformat(shown["due"])
    assert date.fromisoformat(shown["due_with_pause"]) >= due + timedelta(days=3)


def test_restriction_and_its_lifting_on_the_command_line(run: Run, demo_db: Path) -> None:
    db = ("--db", str(demo_db))
    case_id = run(
        *db, "case", "open", "K100000", "--rights", "restriction", "--channel", "phone", "--by", "staff"
    )
    number = case_id.out.strip()
    assert run(*db, "case", "restrict", number, "--by", "staff").code == 0
    assert json.loads(run(*db, "find", "K100000", "--json").out)[0]["restricted"] is True
    refused = run(*db, "correct", "K100000", "--city", "Tiel", "--by", "staff")
    assert refused.code == 1
    assert run(*db, "correct", "K100000", "--city", "Tiel", "--by", "staff", "--request", number).code == 0
    lifted = run(*db, "case", "lift-restriction", number, "--notice", "Brief 2 dec.", "--by", "owner")
    assert lifted.code == 0
    assert json.loads(run(*db, "find", "K100000", "--json").out)[0]["restricted"] is False


def test_R16_recipient_tasks_are_shown_and_closed_on_the_command_line(run: Run, demo_db: Path) -> None:
    db = ("--db", str(demo_db))
    number = run(
        *db, "case", "open", "K100000", "--rights", "rectification", "--channel", "email", "--by", "staff"
    ).out.strip()
    assert run(*db, "correct", "K100000", "--city", "Buren", "--by", "staff", "--request", number).code == 0
    shown = json.loads(run(*db, "case", "show", number, "--json").out)
    tasks = shown["recipient_tasks"]
    assert (
        tasks
        and {t["status"] for t in tasks} == {"open"}
        and {t["trigger"] for t in tasks} == {"rectification"}
    )
    assert f"task {tasks[0]['task_id']}" in run(*db, "case", "show", number).out

    refused = run(*db, "case", "close", number, "--outcome", "complied", "--by", "owner")
    assert refused.code == 1 and "Tell the recipients first" in refused.err
    no_reason = run(
        *db, "case", "tell", str(tasks[0]["task_id"]), "--outcome", "not_possible", "--by", "owner"
    )
    assert no_reason.code == 1 and "impossible or disproportionate" in no_reason.err
    for task in tasks:
        told = run(
            *db, "case", "tell", str(task["task_id"]), "--outcome", "told", "--note", "mail", "--by", "owner"
        )
        assert told.code == 0, told.err
    again = run(*db, "case", "tell", str(tasks[0]["task_id"]), "--outcome", "told", "--by", "owner")
    assert again.code == 1 and "closed already" in again.err
    assert run(*db, "case", "note", number, "--text", "Klant gebeld", "--by", "staff").code == 0
    assert run(*db, "case", "close", number, "--outcome", "complied", "--by", "owner").code == 0
    timeline = [t["kind"] for t in json.loads(run(*db, "case", "show", number, "--json").out)["timeline"]]
    assert timeline[:3] == ["intake", "corrected", "recipients_listed"]
    assert timeline.count("recipient_told") == len(tasks) and timeline[-2:] == ["note", "closed"]


def test_the_case_list_filters_by_right_and_staff_member(run: Run, demo_db: Path) -> None:
    db = ("--db", str(demo_db))
    by_staff = run(
        *db, "case", "open", "K100000", "--rights", "portability", "--channel", "email", "--by", "staff"
    ).out.strip()
    by_owner = run(
        *db, "case", "open", "K100000", "--rights", "access", "--channel", "email", "--by", "owner"
    ).out.strip()

    def listed(*filters: str) -> set[str]:
        result = run(*db, "case", "list", *filters, "--json")
        assert result.code == 0, result.err
        return {str(c["id"]) for c in json.loads(result.out)}

    assert by_staff in listed("--right", "portability") and by_owner not in listed("--right", "portability")
    assert by_owner in listed("--staff", "owner") and by_staff not in listed("--staff", "owner")
    assert listed("--right", "portability", "--staff", "owner") & {by_staff, by_owner} == set()
    unknown = run(*db, "case", "list", "--right", "everything")
    assert unknown.code == 1 and "Unknown right 'everything'" in unknown.err


def test_R2_the_owner_keeps_the_holiday_table_on_the_command_line(run: Run, demo_db: Path) -> None:
    db = ("--db", str(demo_db))
    listed = run(*db, "holidays", "list", "--year", "2027")
    assert listed.code == 0 and "2027-04-27  King's Day" in listed.out
    assert run(*db, "holidays", "add", "2027-06-01", "Inventaris", "--by", "owner").code == 0
    assert "2027-06-01  Inventaris" in run(*db, "holidays", "list", "--year", "2027").out
    refused = run(*db, "holidays", "add", "2027-06-02", "Vrij", "--by", "staff")
    assert refused.code == 1 and "Only the owner" in refused.err
    bad_date = run(*db, "holidays", "add", "2027-02-30", "Nooit", "--by", "owner")
    assert bad_date.code == 2
    assert run(*db, "holidays", "remove", "2027-06-01", "--by", "owner").code == 0
    assert "Inventaris" not in run(*db, "holidays", "list", "--year", "2027").out


def test_R16_after_an_erasure_case_show_gives_each_recipients_reference_until_told(
    run: Run, demo_db: Path
) -> None:
    db = ("--db", str(demo_db))
    customer = json.loads(run(*db, "show", "K100004", "--json").out)
    shipped = [(o["order_number"], s) for o in customer["orders"] for s in o["shipments"]]
    carrier = shipped[0][1]["carrier"]
    codes = [s["tracking_code"] for _, s in shipped if s["carrier"] == carrier and s["tracking_code"]]
    orders = sorted({number for number, s in shipped if s["carrier"] == carrier})
    assert codes and orders
    opened = run(*db, "case", "open", "K100004", "--rights", "erasure", "--channel", "phone", "--by", "owner")
    case_id = opened.out.strip()
    assert run(*db, "case", "verify", case_id, "--method", "call-back", "--by", "owner").code == 0
    assert run(*db, "erase", "K100004", "--case", case_id, "--by", "owner").code == 0

    shown = json.loads(run(*db, "case", "show", case_id, "--json").out)
    [task] = [t for t in shown["recipient_tasks"] if t["recipient"] == carrier]
    assert {"kind": "tracking_code", "value": codes[0]} in task["reference"]
    assert [r["value"] for r in task["reference"] if r["kind"] == "order_number"] == orders
    text = run(*db, "case", "show", case_id).out
    assert f"known by: order {orders[0]}" in text and f"tracking code {codes[0]}" in text

    told = run(*db, "case", "tell", str(task["task_id"]), "--outcome", "told", "--by", "owner")
    assert told.code == 0, told.err
    again = json.loads(run(*db, "case", "show", case_id, "--json").out)
    [closed] = [t for t in again["recipient_tasks"] if t["task_id"] == task["task_id"]]
    assert closed["reference"] == []
    assert readable_in_files(demo_db, codes) == []  # R31: nothing of it left in the files
