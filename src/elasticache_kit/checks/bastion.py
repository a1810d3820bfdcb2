"""Rules for NAT bastions: EC2 instances with source/destination check off
whose user data forwards to a cache (what ``NatBastion`` emits, and the
ElastiCache guide's manual NAT-instance procedure)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from . import _docs
from .findings import Path, Severity
from .registry import rule
from .serverless import RBAC_ENGINES, cache_engine
from .template import Template

__all__ = ["nat_instances"]

INSTANCE = "AWS::EC2::Instance"
#: Trusted blocks wider than this reach a large part of the internet.
_WIDEST_PREFIX = 16

Found = Iterator[tuple[str, Path, str]]


def nat_instances(template: Template) -> Iterator[tuple[str, Mapping[str, Any]]]:
    """Instances that forward traffic (``SourceDestCheck: false``)."""
    for logical_id, props in template.of_type(INSTANCE):
        if template.flag(props.get("SourceDestCheck"), default=True) is False:
            yield logical_id, props


def _unauthenticated(template: Template, cache: str) -> bool:
    props = template.properties(cache)
    kind = template.type_of(cache)
    if kind == "AWS::ElastiCache::ServerlessCache":
        return cache_engine(props) in RBAC_ENGINES and props.get("UserGroupId") is None
    if kind == "AWS::ElastiCache::ReplicationGroup":
        return not props.get("UserGroupIds") and props.get("AuthToken") is None
    return False


@rule("EC-NB1", Severity.ERROR, resource_types=(INSTANCE,),
      title="NAT bastion forwarding to a cache without authentication",
      why="The bastion publishes the cache on a public address; a Valkey/Redis OSS cache without a user "
          "group (or AUTH token) then serves anyone among the trusted addresses, and anyone who spoofs or "
          "shares them, without a password.",
      fix="Give the cache a user group whose default user is disabled, then forward it.",
      documentation=_docs.OUTSIDE_AWS)
def _forwards_open_cache(template: Template) -> Found:
    for logical_id, props in nat_instances(template):
        groups = set(_groups(template, props))
        # what its set-up script names, and what admits it on the network (the caches' security groups)
        forwarded = template.targets(props.get("UserData")) | {
            cache for cache, cache_groups in _cache_groups(template)
            if any(template.target(ingress.rule.get("SourceSecurityGroupId")) in groups
                   for group in cache_groups for ingress in template.ingress(group))}
        for cache in sorted(forwarded):
            if _unauthenticated(template, cache):
                yield (logical_id, ("Properties", "UserData"),
                       f"{logical_id}: forwards cache {cache}, which accepts clients without authentication")


def _cache_groups(template: Template) -> list[tuple[str, list[str]]]:
    """Valkey/Redis OSS caches and groups with their security groups."""
    return [(logical_id, template.groups_of(props.get("SecurityGroupIds")))
            for logical_id, props in template.of_type("AWS::ElastiCache::ServerlessCache",
                                                      "AWS::ElastiCache::ReplicationGroup")]


def _groups(template: Template, props: Mapping[str, Any]) -> list[str]:
    groups = template.groups_of(props.get("SecurityGroupIds"))
    interfaces = props.get("NetworkInterfaces")
    for interface in interfaces if isinstance(interfaces, list) else []:
        if isinstance(interface, Mapping):
            groups += template.groups_of(interface.get("GroupSet"))
    return groups


@rule("EC-NB2", Severity.WARNING, resource_types=("AWS::EC2::SecurityGroup", "AWS::EC2::SecurityGroupIngress"),
      title="NAT bastion trusting a block wider than /16",
      why="Every address in a trusted block reaches the forwarded caches; blocks wider than /16 "
          "(65,536 addresses) are rarely one organisation's clients.",
      fix="Trust only your clients' addresses (e.g. a /32 per developer, your office's /24).",
      documentation=_docs.OUTSIDE_AWS)
def _wide_trusted_cidr(template: Template) -> Found:
    for logical_id, props in nat_instances(template):
        for group in _groups(template, props):
            for ingress in template.ingress(group):
                prefix = ingress.prefix_length()
                if prefix is not None and ingress.cidr and ":" not in ingress.cidr and prefix < _WIDEST_PREFIX:
                    yield (ingress.owner, ingress.path,
                           f"{ingress.owner}: bastion {logical_id} trusts {ingress.cidr}, wider than /{_WIDEST_PREFIX}")
