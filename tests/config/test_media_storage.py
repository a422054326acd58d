"""Uploaded images and documents on S3-compatible storage (config.media, through django-storages), against an S3
server the test starts (moto's server mode): what an editor uploads in the admin is in the bucket, read back by
an independent client; an image's rendition is written there and its address serves it; a document's link
sends the visitor to it. The settings that name a bucket also let pages load images from it (the CSP)."""

import io
import struct
import subprocess
import sys
import urllib.request
import uuid
from pathlib import Path

import pytest
from PIL import Image as PillowImage

from config.media import media_origins, media_storage
from tests.factories import UserFactory
from tests.stack import free_port, wait_for

pytestmark = pytest.mark.django_db
MOTO = Path(sys.executable).parent / "moto_server"


@pytest.fixture(scope="module")
def s3_server():
    if not MOTO.exists():
        pytest.skip("moto's server is not installed (the dev extras' moto[server])")
    port = free_port()
    server = subprocess.Popen(
        [MOTO, "-H", "127.0.0.1", "-p", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        wait_for(f"http://127.0.0.1:{port}/", seconds=60, process=server)
        yield f"http://127.0.0.1:{port}"
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.fixture
def bucket(s3_server, settings, monkeypatch):
    """A new bucket, and the site's media in it (as MEDIA_S3_* in the environment set them)."""
    import boto3

    for name, value in {"AWS_ACCESS_KEY_ID": "test", "AWS_SECRET_ACCESS_KEY": "test"}.items():
        monkeypatch.setenv(name, value)
    name = f"kuntaan-media-{uuid.uuid4().hex[:8]}"
    s3 = boto3.client("s3", endpoint_url=s3_server, region_name="eu-north-1")
    s3.create_bucket(Bucket=name, CreateBucketConfiguration={"LocationConstraint": "eu-north-1"})
    env = {"MEDIA_S3_BUCKET": name, "MEDIA_S3_ENDPOINT_URL": s3_server, "MEDIA_S3_REGION": "eu-north-1"}
    settings.STORAGES = {**settings.STORAGES, "default": media_storage(env)}
    return s3, name


def png(width, height):
    out = io.BytesIO()
    PillowImage.new("RGB", (width, height), (0, 82, 147)).save(out, "PNG")
    return out.getvalue()


def width_of(data):
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">I", data[16:20])[0]


def test_an_uploaded_image_and_its_rendition_are_in_the_bucket(client, bucket):
    from wagtail.images.models import Image

    s3, name = bucket
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    original = png(640, 480)
    upload = io.BytesIO(original)
    upload.name = "kuntakartta.png"
    response = client.post("/admin/images/add/", {"title": "Kuntakartta", "file": upload})
    assert response.status_code == 302
    image = Image.objects.get(title="Kuntakartta")
    stored = s3.get_object(Bucket=name, Key=f"media/{image.file.name}")["Body"].read()
    assert stored == original  # read back by boto3, not by the storage that wrote it
    rendition = image.get_rendition("width-200")
    assert rendition.url.startswith(f"{s3.meta.endpoint_url}/{name}/media/images/")
    with urllib.request.urlopen(rendition.url) as served:  # a signed address, as a visitor's browser gets it
        assert width_of(served.read()) == 200
    keys = [item["Key"] for item in s3.list_objects_v2(Bucket=name)["Contents"]]
    assert f"media/{rendition.file.name}" in keys


def test_a_document_link_sends_the_visitor_to_the_file_in_the_bucket(client, bucket):
    from wagtail.documents.models import Document

    s3, name = bucket
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    upload = io.BytesIO(b"vuosi;kunnat\n2026;300\n")
    upload.name = "kuntapaikat.csv"
    assert client.post("/admin/documents/add/", {"title": "Kuntapaikat", "file": upload}).status_code == 302
    document = Document.objects.get(title="Kuntapaikat")
    assert s3.get_object(Bucket=name, Key=f"media/{document.file.name}")["Body"].read() == upload.getvalue()
    client.logout()
    link = client.get(document.url)
    assert link.status_code == 302 and link["Location"].startswith(f"{s3.meta.endpoint_url}/{name}/")
    with urllib.request.urlopen(link["Location"]) as served:
        assert served.read() == upload.getvalue()


def test_media_stay_on_disk_unless_a_bucket_is_named_and_pages_may_load_images_from_it():
    assert media_storage({})["BACKEND"] == "django.core.files.storage.FileSystemStorage" and media_origins({}) == []
    aws = {"MEDIA_S3_BUCKET": "kuntaan", "MEDIA_S3_REGION": "eu-north-1"}
    assert media_storage(aws)["OPTIONS"]["querystring_auth"] is True
    assert media_origins(aws) == ["https://kuntaan.s3.eu-north-1.amazonaws.com"]
    own = {"MEDIA_S3_BUCKET": "kuntaan", "MEDIA_S3_ENDPOINT_URL": "https://s3.example.fi:9000/"}
    assert media_origins(own) == ["https://s3.example.fi:9000"]
    cdn = {**aws, "MEDIA_S3_CUSTOM_DOMAIN": "media.kuntaan.fi"}
    assert media_storage(cdn)["OPTIONS"]["querystring_auth"] is False
    assert media_origins(cdn) == ["https://media.kuntaan.fi"]
