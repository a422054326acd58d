"""Opening and closing, QR codes for posters, and rate limits on guessing and spamming."""

import datetime
import io

import pytest
import zxingcpp
from django.core.management import call_command
from django.utils import timezone
from PIL import Image

from surveys.limits import WRONG_TOKENS

pytestmark = pytest.mark.django_db


def test_a_closed_survey_takes_no_answers(client, participant_survey):
    participant_survey.closes_at = timezone.now() - datetime.timedelta(minutes=1)
    participant_survey.save()
    response = client.get(participant_survey.url + "answer/", follow=True)
    assert response.status_code == 410
    assert "form" not in response.content.decode().split("<main")[1].split("</main>")[0].replace("platform", "")


def test_qr_codes_for_posters(client, participant_survey):
    svg = client.get(participant_survey.url + "qr/svg/")
    assert svg.status_code == 200 and svg["Content-Type"] == "image/svg+xml"
    assert b"<svg" in svg.content
    png = client.get(participant_survey.url + "qr/png/")
    assert png["Content-Type"] == "image/png"
    image = Image.open(io.BytesIO(png.content))
    assert image.size[0] == image.size[1] >= 200
    # A phone's camera reads the survey's own address from it.
    assert [code.text for code in zxingcpp.read_barcodes(image)] == [participant_survey.get_full_url()]


def test_repeated_wrong_tokens_are_rate_limited(client, municipality_survey):
    wrong = municipality_survey.url + "i/" + "x" * 43 + "/"
    for _ in range(WRONG_TOKENS.limit):
        assert client.get(wrong).status_code == 404
    assert client.get(wrong).status_code == 429


@pytest.mark.parametrize("proxies, chain", [(1, "{client}"), (2, "{client}, 10.0.1.9")])
def test_behind_a_proxy_the_limit_counts_each_client_and_ignores_what_it_forges(
    client, municipality_survey, settings, proxies, chain
):
    """Through the proxy every request comes from the proxy's address: one guesser must not shut out every
    municipality, and a forged X-Forwarded-For entry (before those the proxies added) must not reset the count."""
    settings.TRUSTED_PROXIES = proxies
    wrong = municipality_survey.url + "i/" + "x" * 43 + "/"
    proxy = {"REMOTE_ADDR": "10.0.0.2"}

    def get(client_address, forged=None):
        forwarded = chain.format(client=client_address)
        if forged:
            forwarded = f"{forged}, {forwarded}"
        return client.get(wrong, HTTP_X_FORWARDED_FOR=forwarded, **proxy).status_code

    for number in range(WRONG_TOKENS.limit):
        assert get("198.51.100.1", forged=f"192.0.2.{number}") == 404
    assert get("198.51.100.1", forged="192.0.2.200") == 429
    assert get("198.51.100.2") == 404  # another municipality behind the same proxy is still let through


def test_a_survey_scheduled_to_open_takes_answers_only_once_it_opens(client, participant_survey):
    scheduled = participant_survey.copy(
        update_attrs={"slug": "palaute-ajastettu", "title": "Ajastettu palaute"}, keep_live=False
    ).specific
    scheduled.go_live_at = timezone.now() + datetime.timedelta(hours=1)
    scheduled.save_revision().publish()  # with go_live_at in the future this schedules instead of publishing
    answer = participant_survey.get_parent().url + "palaute-ajastettu/answer/"
    assert client.get(answer, follow=True).status_code == 404

    revision = scheduled.latest_revision  # an hour passes: the scheduled time moved into the past
    revision.approved_go_live_at = timezone.now() - datetime.timedelta(minutes=1)
    revision.content["go_live_at"] = revision.approved_go_live_at.isoformat()
    revision.save()
    call_command("publish_scheduled")
    opened = client.get(answer, follow=True)
    assert opened.status_code == 200 and "current_step" in opened.content.decode()


def test_an_editor_previews_an_unsaved_change_to_a_survey(client, participant_survey):
    """What Wagtail's preview panel shows: the page as edited, before anything is saved or published."""
    participant_survey.title = "Esikatseltava kysely"
    preview = participant_survey.make_preview_request()
    assert preview.status_code == 200 and "Esikatseltava kysely" in preview.content.decode()
    assert "Esikatseltava kysely" not in client.get(participant_survey.url).content.decode()


def test_a_valid_link_is_served_after_wrong_ones_from_the_same_address(client, municipality_survey, invited):
    """Colleagues behind one NAT share an address: someone else's mistyped links must not shut them out."""
    _invitation, _token, url = invited
    wrong = municipality_survey.url + "i/" + "x" * 43 + "/"
    for _ in range(WRONG_TOKENS.limit + 5):
        client.get(wrong)
    assert client.get(wrong).status_code == 429
    assert client.get(url, follow=True).status_code == 200


def test_without_a_proxy_in_front_a_forged_forwarded_for_neither_helps_a_guesser_nor_locks_out_a_victim(
    client, municipality_survey, settings
):
    """Production's default counts one proxy; if none is in front, the client writes X-Forwarded-For itself. It
    is believed only from a proxy's address (TRUSTED_PROXY_NETWORKS: private and loopback networks by default)."""
    settings.TRUSTED_PROXIES = 1
    wrong = municipality_survey.url + "i/" + "x" * 43 + "/"
    attacker = {"REMOTE_ADDR": "198.51.100.66"}
    for number in range(WRONG_TOKENS.limit):
        assert client.get(wrong, HTTP_X_FORWARDED_FOR=f"192.0.2.{number}", **attacker).status_code == 404
    assert client.get(wrong, HTTP_X_FORWARDED_FOR="192.0.2.250", **attacker).status_code == 429
    # Naming a victim's address puts nothing on the victim's count.
    for _ in range(WRONG_TOKENS.limit):
        client.get(wrong, HTTP_X_FORWARDED_FOR="203.0.113.7", **attacker)
    assert client.get(wrong, REMOTE_ADDR="203.0.113.7").status_code == 404


def test_behind_two_proxies_a_client_that_skips_the_outer_one_cannot_choose_its_address(
    client, municipality_survey, settings
):
    settings.TRUSTED_PROXIES = 2
    wrong = municipality_survey.url + "i/" + "x" * 43 + "/"
    inner_proxy = {"REMOTE_ADDR": "10.0.0.2"}
    # Straight to the inner proxy, which appends the client's public address: the forged entry is not used.
    for number in range(WRONG_TOKENS.limit):
        client.get(wrong, HTTP_X_FORWARDED_FOR=f"192.0.2.{number}, 198.51.100.66", **inner_proxy)
    assert client.get(wrong, HTTP_X_FORWARDED_FOR="192.0.2.250, 198.51.100.66", **inner_proxy).status_code == 429


def test_a_proxy_on_a_mapped_ipv6_address_is_recognised(client, municipality_survey, settings):
    """gunicorn bound on [::] sees an IPv4 proxy as ::ffff:127.0.0.1: its clients are still told apart."""
    settings.TRUSTED_PROXIES = 1
    wrong = municipality_survey.url + "i/" + "x" * 43 + "/"
    proxy = {"REMOTE_ADDR": "::ffff:127.0.0.1"}
    for _ in range(WRONG_TOKENS.limit + 1):
        client.get(wrong, HTTP_X_FORWARDED_FOR="198.51.100.1", **proxy)
    assert client.get(wrong, HTTP_X_FORWARDED_FOR="198.51.100.2", **proxy).status_code == 404
