"""Where uploaded images and documents are kept: on the local disk (MEDIA_ROOT), or, when MEDIA_S3_BUCKET names
a bucket, on S3-compatible storage through django-storages, which every application server then shares. Plain
Python: settings call it with the environment.

- MEDIA_S3_ENDPOINT_URL: an S3-compatible service other than AWS (MinIO, Ceph, a cloud's own), addressed by path.
- MEDIA_S3_REGION, MEDIA_S3_PREFIX (the keys' folder, `media` by default).
- MEDIA_S3_CUSTOM_DOMAIN: a public domain (a CDN) serving the bucket; without it, each file's address is signed
  and valid for a day (longer than any cached page that names it).
- Credentials as boto3 finds them: AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or the machine's role."""

from urllib.parse import urlsplit

SIGNED_FOR_SECONDS = 24 * 60 * 60


def media_storage(env):
    """STORAGES["default"] for the environment `env`."""
    bucket = env.get("MEDIA_S3_BUCKET", "")
    if not bucket:
        return {"BACKEND": "django.core.files.storage.FileSystemStorage"}
    options = {
        "bucket_name": bucket,
        "region_name": env.get("MEDIA_S3_REGION") or None,
        "location": env.get("MEDIA_S3_PREFIX", "media"),
        "file_overwrite": False,  # an upload never replaces an earlier file of the same name
        "default_acl": None,  # the bucket's own policy decides
    }
    if env.get("MEDIA_S3_ENDPOINT_URL"):
        options |= {"endpoint_url": env["MEDIA_S3_ENDPOINT_URL"], "addressing_style": "path"}
    if env.get("MEDIA_S3_CUSTOM_DOMAIN"):
        options |= {"custom_domain": env["MEDIA_S3_CUSTOM_DOMAIN"], "querystring_auth": False}
    else:
        options |= {"querystring_auth": True, "querystring_expire": SIGNED_FOR_SECONDS}
    return {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": options}


def media_origins(env):
    """The origins pages load uploaded images from, for the Content-Security-Policy: none but the site's own
    unless the media are in a bucket."""
    bucket = env.get("MEDIA_S3_BUCKET", "")
    if not bucket:
        return []
    if env.get("MEDIA_S3_CUSTOM_DOMAIN"):
        return [f"https://{env['MEDIA_S3_CUSTOM_DOMAIN']}"]
    if env.get("MEDIA_S3_ENDPOINT_URL"):
        parts = urlsplit(env["MEDIA_S3_ENDPOINT_URL"])
        return [f"{parts.scheme}://{parts.netloc}"]
    region = env.get("MEDIA_S3_REGION")
    return [f"https://{bucket}.s3.{region}.amazonaws.com" if region else f"https://{bucket}.s3.amazonaws.com"]
