"""Calendar arithmetic and moving posts, including across daylight-saving changes."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

from cmt_desktop.domain.post import Post, PostStatus, parse_hashtags
from cmt_desktop.domain.schedule import add_months, monday_of, month_grid_start, moved

PARIS = ZoneInfo("Europe/Paris")


def test_month_grid_starts_on_the_monday_before_the_first():
    assert month_grid_start(2026, 3) == date(2026, 2, 23)
    assert month_grid_start(2026, 6) == date(2026, 6, 1)


def test_add_months_wraps_years():
    assert add_months(date(2026, 12, 15), 1) == date(2027, 1, 1)
    assert add_months(date(2026, 1, 31), -1) == date(2025, 12, 1)


def test_monday_of():
    assert monday_of(date(2026, 3, 29)) == date(2026, 3, 23)


def test_move_keeps_local_wall_time_across_dst():
    # Saturday 28 March 10:00 CET (UTC+1) moved to Monday 30 March: 10:00 CEST (UTC+2).
    post = Post(
        network="instagram",
        start=datetime(2026, 3, 28, 10, 0, tzinfo=PARIS),
        status=PostStatus.READY,
    )
    after = moved(post, day=date(2026, 3, 30), hour=None, tz=PARIS)
    assert after.start.hour == 10 and after.start.minute == 0
    assert after.start.utcoffset().total_seconds() == 7200
    assert after.status is PostStatus.READY


def test_move_in_week_view_changes_hour_and_keeps_minutes():
    post = Post(network="x", start=datetime(2026, 5, 4, 18, 45, tzinfo=PARIS))
    after = moved(post, day=date(2026, 5, 6), hour=9, tz=PARIS)
    assert (after.start.day, after.start.hour, after.start.minute) == (6, 9, 45)


def test_dated_idea_becomes_a_draft_at_ten():
    idea = Post(network="x", status=PostStatus.IDEA)
    after = moved(idea, day=date(2026, 5, 6), hour=None, tz=PARIS)
    assert after.status is PostStatus.DRAFT
    assert after.start == datetime(2026, 5, 6, 10, 0, tzinfo=PARIS)


def test_full_text_puts_hashtags_at_the_end():
    post = Post(network="x", body="Bonjour ", hashtags=("#A", "#B"))
    assert post.full_text() == "Bonjour\n\n#A #B"


def test_parse_hashtags_dedupes_and_adds_hash():
    assert parse_hashtags("#Un deux, #Un  #") == ("#Un", "#deux")


def test_display_title_falls_back_to_first_line():
    assert Post(network="x", body="\nPremière ligne\nSuite").display_title == "Première ligne"


def test_week_at_a_glance_groups_late_today_and_later():
    from cmt_desktop.domain.schedule import week_at_a_glance

    now = datetime(2026, 3, 4, 9, 30, tzinfo=PARIS)  # a Wednesday

    def post(day, hour, status=PostStatus.READY):
        return Post(network="x", start=datetime(2026, 3, day, hour, tzinfo=PARIS), status=status)

    posts = [
        post(2, 10),
        post(2, 11, PostStatus.PUBLISHED),
        post(4, 8, PostStatus.PUBLISHED),
        post(4, 18),
        post(6, 12),
        post(9, 12),
    ]
    late, today, later = week_at_a_glance(posts, now=now)
    assert [p.start.day for p in late] == [2]
    assert [p.start.hour for p in today] == [8, 18]
    assert [p.start.day for p in later] == [6]


def test_published_and_skipped_keep_a_trace():
    from cmt_desktop.domain.schedule import published, skipped

    post = Post(network="x", notes="relire")
    at = datetime(2026, 3, 4, 18, 0, tzinfo=PARIS)
    done = published(post, at=at, link=" https://example.org/p ")
    assert done.status is PostStatus.PUBLISHED and done.published_at == at
    assert done.published_url == "https://example.org/p"
    gone = skipped(post, reason="Photo refusée")
    assert gone.status is PostStatus.SKIPPED and gone.notes == "relire\nPhoto refusée"
