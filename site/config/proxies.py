"""Which proxies the site believes about the client's address (X-Forwarded-For), read from the environment and
refused at start-up when the setting cannot be right."""

import ipaddress

from django.core.exceptions import ImproperlyConfigured

DEFAULT_NETWORKS = "127.0.0.0/8,::1/128,10.0.0.0/8,172.16.0.0/12,192.168.0.0/16,fc00::/7"
MAX_PROXIES = 5


def trusted_proxies(count, networks):
    """(number of proxies, their networks) from the texts of TRUSTED_PROXIES and TRUSTED_PROXY_NETWORKS."""
    try:
        number = int(count)
    except ValueError:
        number = -1
    if not 0 <= number <= MAX_PROXIES:
        raise ImproperlyConfigured(
            f"TRUSTED_PROXIES={count!r}: give how many proxies in front of the site append to X-Forwarded-For, "
            f"0 to {MAX_PROXIES} (README.md, Production)."
        )
    try:
        parsed = tuple(ipaddress.ip_network(n.strip(), strict=False) for n in networks.split(",") if n.strip())
    except ValueError as error:
        raise ImproperlyConfigured(f"TRUSTED_PROXY_NETWORKS: {error} (networks of the TRUSTED_PROXIES)") from error
    if number and not parsed:
        raise ImproperlyConfigured(
            f"TRUSTED_PROXIES={number} counts proxies, but TRUSTED_PROXY_NETWORKS names no network they come from: "
            "X-Forwarded-For would never be believed."
        )
    return number, parsed
