"""Which IP addresses a feed may be fetched from: the IANA special-purpose registries as a table.

Python's ``ipaddress.is_global`` is not a safe test: on Python 3.11 it calls
192.0.0.8 (IPv4 dummy address) and 192.88.99.1 (deprecated 6to4 relay anycast)
global (ARCHITECTURE.md "Pitfalls"), and its tables change between Python
releases.  The fetcher therefore decides by an explicit copy of

* the IANA IPv4 Special-Purpose Address Registry,
  https://www.iana.org/assignments/iana-ipv4-special-registry/ , and
* the IANA IPv6 Special-Purpose Address Registry,
  https://www.iana.org/assignments/iana-ipv6-special-registry/

(both defined by RFC 6890, updated by RFC 8190), row by row with the name, the
RFC and the "Globally Reachable" column, as the registries stood in 2025 (the
newest rows: 100:0:0:1::/64 RFC 9780, 2001:1::3/128 RFC 9665, 3fff::/20 RFC 9637,
5f00::/16 RFC 9602).  The refusal names the row, e.g. "192.0.0.8 is in
192.0.0.8/32, IPv4 dummy address, RFC 7600".

How the column is read:

* The **most specific** row containing the address decides, as the registries'
  own footnotes say of the covering blocks: 192.0.0.0/24 is "Not usable unless
  by virtue of a more specific reservation", 2001::/23 applies "Unless allowed
  by a more specific allocation".  So 192.0.0.9/32 (PCP anycast) and 192.0.0.10/32 (TURN
  anycast), globally reachable "True" inside the non-global 192.0.0.0/24, are
  allowed, as are 2001:1::1/128, 2001:1::2/128, 2001:1::3/128, 2001:3::/32,
  2001:4:112::/48, 2001:20::/28 and 2001:30::/28 inside 2001::/23.  Addresses
  outside every row (ordinary allocations such as Google's 2001:4860::/32, which
  is not a registry row and lies outside 2001::/23) are public.
* Only "True" passes.  "False" refuses, and so do the two other values: "N/A"
  (2001::/32 Teredo, 2002::/16 6to4 — the registry cannot say, because what is
  reached depends on a relay and the IPv4 address embedded in the IPv6 one) and
  the empty cell of terminated allocations (192.88.99.0/24, the 6to4 relay
  anycast deprecated by RFC 7526; 2001:10::/28, the first ORCHID).  A feed
  publisher on a tunnelled or retired address is an oddity an operator can
  permit with ``http.allowlist``; a guard that guesses "reachable" is a hole.
* Addresses that embed an IPv4 address are judged by it as well: IPv4-mapped
  ``::ffff:a.b.c.d`` (RFC 4291 §2.5.5.2; a dual-stack socket connects to the
  IPv4 address itself), 6to4 ``2002:AABB:CCDD::/48`` (RFC 3056 §2) and the
  NAT64 well-known prefix ``64:ff9b::/96`` (RFC 6052 §2.1; globally reachable,
  but RFC 6052 §3.1 forbids it for non-global IPv4 addresses, so
  ``64:ff9b::10.0.0.1`` would reach a translator's private network).
* Two blocks are refused although the special-purpose registries do not list
  them, because they are not unicast: IPv4 multicast 224.0.0.0/4 (RFC 5771,
  IANA IPv4 Multicast Address Space registry) and IPv6 multicast ff00::/8
  (RFC 4291 §2.7).  The deprecated IPv6 site-local fec0::/10 (RFC 3879) and
  IPv4-compatible ``::a.b.c.d`` (RFC 4291 §2.5.5.1) are named too; everything
  else outside 2000::/3, the only IPv6 block IANA allocates as Global Unicast
  (IANA IPv6 Address Space registry, RFC 4291 §2.4), is refused as such.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from typing import TypeAlias

__all__ = ["IPV4_SPECIAL", "IPV6_SPECIAL", "NOT_UNICAST", "Block", "block_of", "refusal_reason"]

IP: TypeAlias = ipaddress.IPv4Address | ipaddress.IPv6Address
Network: TypeAlias = ipaddress.IPv4Network | ipaddress.IPv6Network


@dataclass(frozen=True, slots=True)
class Block:
    """One row: an address block, its registry name and RFC, and "Globally Reachable"."""

    network: Network
    name: str
    rfc: str
    # True / False as in the registry; None for "N/A" and for the empty cell of
    # a terminated allocation (both refused, see the module docstring).
    globally_reachable: bool | None

    def describe(self) -> str:
        return f"{self.network}, {self.name}, {self.rfc}"


def _rows(*rows: tuple[str, str, str, bool | None]) -> tuple[Block, ...]:
    return tuple(Block(ipaddress.ip_network(net), name, rfc, reach) for net, name, rfc, reach in rows)


# IANA IPv4 Special-Purpose Address Registry, in registry order.  The row that
# lists two blocks (192.0.0.170/32, 192.0.0.171/32) is two rows here.
IPV4_SPECIAL = _rows(
    ("0.0.0.0/8", '"This network"', "RFC 791, Section 3.2", False),
    ("0.0.0.0/32", '"This host on this network"', "RFC 1122, Section 3.2.1.3", False),
    ("10.0.0.0/8", "Private-Use", "RFC 1918", False),
    ("100.64.0.0/10", "Shared Address Space", "RFC 6598", False),
    ("127.0.0.0/8", "Loopback", "RFC 1122, Section 3.2.1.3", False),
    ("169.254.0.0/16", "Link Local", "RFC 3927", False),
    ("172.16.0.0/12", "Private-Use", "RFC 1918", False),
    ("192.0.0.0/24", "IETF Protocol Assignments", "RFC 6890, Section 2.1", False),
    ("192.0.0.0/29", "IPv4 Service Continuity Prefix", "RFC 7335", False),
    ("192.0.0.8/32", "IPv4 dummy address", "RFC 7600", False),
    ("192.0.0.9/32", "Port Control Protocol Anycast", "RFC 7723", True),
    ("192.0.0.10/32", "Traversal Using Relays around NAT Anycast", "RFC 8155", True),
    ("192.0.0.170/32", "NAT64/DNS64 Discovery", "RFC 8880, RFC 7050 Section 2.2", False),
    ("192.0.0.171/32", "NAT64/DNS64 Discovery", "RFC 8880, RFC 7050 Section 2.2", False),
    ("192.0.2.0/24", "Documentation (TEST-NET-1)", "RFC 5737", False),
    ("192.31.196.0/24", "AS112-v4", "RFC 7535", True),
    ("192.52.193.0/24", "AMT", "RFC 7450", True),
    ("192.88.99.0/24", "Deprecated (6to4 Relay Anycast)", "RFC 7526", None),
    ("192.88.99.2/32", "6a44-relay anycast address", "RFC 6751", False),
    ("192.168.0.0/16", "Private-Use", "RFC 1918", False),
    ("192.175.48.0/24", "Direct Delegation AS112 Service", "RFC 7534", True),
    ("198.18.0.0/15", "Benchmarking", "RFC 2544", False),
    ("198.51.100.0/24", "Documentation (TEST-NET-2)", "RFC 5737", False),
    ("203.0.113.0/24", "Documentation (TEST-NET-3)", "RFC 5737", False),
    ("240.0.0.0/4", "Reserved", "RFC 1112, Section 4", False),
    ("255.255.255.255/32", "Limited Broadcast", "RFC 8190, RFC 919 Section 7", False),
)

# IANA IPv6 Special-Purpose Address Registry, in registry order.
IPV6_SPECIAL = _rows(
    ("::1/128", "Loopback Address", "RFC 4291", False),
    ("::/128", "Unspecified Address", "RFC 4291", False),
    ("::ffff:0:0/96", "IPv4-mapped Address", "RFC 4291", False),
    ("64:ff9b::/96", "IPv4-IPv6 Translat.", "RFC 6052", True),
    ("64:ff9b:1::/48", "IPv4-IPv6 Translat.", "RFC 8215", False),
    ("100::/64", "Discard-Only Address Block", "RFC 6666", False),
    ("100:0:0:1::/64", "Dummy IPv6 Prefix", "RFC 9780", False),
    ("2001::/23", "IETF Protocol Assignments", "RFC 2928", False),
    ("2001::/32", "TEREDO", "RFC 4380, RFC 8190", None),
    ("2001:1::1/128", "Port Control Protocol Anycast", "RFC 7723", True),
    ("2001:1::2/128", "Traversal Using Relays around NAT Anycast", "RFC 8155", True),
    ("2001:1::3/128", "DNS-SD Service Registration Protocol Anycast Address", "RFC 9665", True),
    ("2001:2::/48", "Benchmarking", "RFC 5180, RFC Errata 1752", False),
    ("2001:3::/32", "AMT", "RFC 7450", True),
    ("2001:4:112::/48", "AS112-v6", "RFC 7535", True),
    ("2001:10::/28", "Deprecated (previously ORCHID)", "RFC 4843", None),
    ("2001:20::/28", "ORCHIDv2", "RFC 7343", True),
    ("2001:30::/28", "Drone Remote ID Protocol Entity Tags (DETs) Prefix", "RFC 9374", True),
    ("2001:db8::/32", "Documentation", "RFC 3849", False),
    ("2002::/16", "6to4", "RFC 3056", None),
    ("2620:4f:8000::/48", "Direct Delegation AS112 Service", "RFC 7534", True),
    ("3fff::/20", "Documentation", "RFC 9637", False),
    ("5f00::/16", "Segment Routing (SRv6) SIDs", "RFC 9602", False),
    ("fc00::/7", "Unique-Local", "RFC 4193, RFC 8190", False),
    ("fe80::/10", "Link-Local Unicast", "RFC 4291", False),
)

# Not in the special-purpose registries, refused all the same (module docstring).
NOT_UNICAST = _rows(
    ("224.0.0.0/4", "Multicast", "RFC 5771", False),
    ("ff00::/8", "Multicast", "RFC 4291, Section 2.7", False),
    ("fec0::/10", "Site-Local Unicast (deprecated)", "RFC 3879", False),
    ("::/96", "IPv4-Compatible IPv6 Address (deprecated)", "RFC 4291, Section 2.5.5.1", False),
)

_GLOBAL_UNICAST_V6 = ipaddress.IPv6Network("2000::/3")
_MAPPED = ipaddress.IPv6Network("::ffff:0:0/96")
_SIX_TO_FOUR = ipaddress.IPv6Network("2002::/16")
_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")
_TABLE: dict[int, tuple[Block, ...]] = {
    4: IPV4_SPECIAL + tuple(b for b in NOT_UNICAST if b.network.version == 4),
    6: IPV6_SPECIAL + tuple(b for b in NOT_UNICAST if b.network.version == 6),
}


def block_of(ip: IP) -> Block | None:
    """The most specific row of the tables that contains ``ip``, or None."""
    best: Block | None = None
    for block in _TABLE[ip.version]:
        if ip in block.network and (best is None or block.network.prefixlen > best.network.prefixlen):
            best = block
    return best


def _embedded_v4(ip: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address a mapped, 6to4 or NAT64 address carries, or None."""
    if ip in _MAPPED:
        return ip.ipv4_mapped
    if ip in _SIX_TO_FOUR:
        return ip.sixtofour
    if ip in _NAT64:
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)  # RFC 6052 §2.2, /96 prefix
    return None


def refusal_reason(ip: IP) -> str | None:
    """Why ``ip`` must not be connected to (naming the registry row), or None when it is public."""
    if isinstance(ip, ipaddress.IPv6Address):
        inner = _embedded_v4(ip)
        if inner is not None:
            why = refusal_reason(inner)
            if why is not None:
                carrier = block_of(ip)
                assert carrier is not None  # every embedding prefix is a row
                return f"{ip} embeds {inner} ({carrier.name}, {carrier.rfc}) and {why}"
    block = block_of(ip)
    if block is not None:
        if block.globally_reachable is True:
            return None
        return f"{ip} is in {block.describe()}"
    if isinstance(ip, ipaddress.IPv6Address) and ip not in _GLOBAL_UNICAST_V6:
        return f"{ip} is outside 2000::/3, the IPv6 Global Unicast space (IANA IPv6 Address Space, RFC 4291)"
    return None
