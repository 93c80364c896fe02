#!/usr/bin/env bash
# Creates (idempotently) the master-realm client "pmohub-provisioner" that PMO Hub uses to create
# tenant realms at runtime (POST {keycloak}/admin/realms with the tenant-realm.json template).
#
# The client is confidential, has only the service-account (client_credentials) grant, and its
# service account holds exactly one realm role: master's "create-realm". Keycloak makes the creator
# of a realm an administrator of that realm (it grants the creator all roles of the "<realm>-realm"
# client in master), so this is enough to create a tenant realm and manage it afterwards, without
# giving the application admin rights over master or over other realms.
#
# Re-running the script changes nothing when everything is already in place; a changed
# PMOHUB_PROVISIONER_SECRET is written to the client.
#
# Environment (defaults in brackets):
#   KC_URL                      [http://localhost:8180]
#   KC_ADMIN / KC_ADMIN_PASSWORD  master realm admin user [admin / admin]
#   PMOHUB_PROVISIONER_SECRET   client secret [pmohub-provisioner-demo-secret]
#   KCADM                       kcadm.sh to use [../target/keycloak-26.7.3/bin/kcadm.sh next to this script]
set -euo pipefail

KC_URL="${KC_URL:-http://localhost:8180}"
KC_ADMIN="${KC_ADMIN:-admin}"
KC_ADMIN_PASSWORD="${KC_ADMIN_PASSWORD:-admin}"
PMOHUB_PROVISIONER_SECRET="${PMOHUB_PROVISIONER_SECRET:-pmohub-provisioner-demo-secret}"
KCADM="${KCADM:-$(dirname "$0")/../target/keycloak-26.7.3/bin/kcadm.sh}"

CLIENT_ID=pmohub-provisioner
SA_USER="service-account-${CLIENT_ID}"
ROLE=create-realm

# private kcadm configuration (token cache), so nothing is written to ~/.keycloak
KCADM_CONFIG="$(mktemp /tmp/pmohub-kcadm.XXXXXX)"
trap 'rm -f "$KCADM_CONFIG"' EXIT

kcadm() { "$KCADM" "$@" --config "$KCADM_CONFIG"; }

kcadm config credentials --server "$KC_URL" --realm master \
    --user "$KC_ADMIN" --password "$KC_ADMIN_PASSWORD" >/dev/null

# --- the client -----------------------------------------------------------------------------
id="$(kcadm get clients -r master -q clientId="$CLIENT_ID" --fields id --format csv --noquotes)"
if [[ -z "$id" ]]; then
    id="$(kcadm create clients -r master -i \
        -s clientId="$CLIENT_ID" \
        -s name="PMO Hub tenant realm provisioner" \
        -s enabled=true \
        -s protocol=openid-connect \
        -s publicClient=false \
        -s clientAuthenticatorType=client-secret \
        -s secret="$PMOHUB_PROVISIONER_SECRET" \
        -s serviceAccountsEnabled=true \
        -s standardFlowEnabled=false \
        -s implicitFlowEnabled=false \
        -s directAccessGrantsEnabled=false)"
    echo "client $CLIENT_ID: created ($id)"
else
    current="$(kcadm get "clients/$id/client-secret" -r master --fields value --format csv --noquotes)"
    if [[ "$current" != "$PMOHUB_PROVISIONER_SECRET" ]]; then
        kcadm update "clients/$id" -r master -s secret="$PMOHUB_PROVISIONER_SECRET"
        echo "client $CLIENT_ID: secret updated"
    else
        echo "client $CLIENT_ID: unchanged"
    fi
fi

# --- its service account: exactly the realm role create-realm ---------------------------------
assigned="$(kcadm get-roles -r master --uusername "$SA_USER" --fields name --format csv --noquotes)"
if ! grep -qx "$ROLE" <<<"$assigned"; then
    kcadm add-roles -r master --uusername "$SA_USER" --rolename "$ROLE"
    echo "$SA_USER: granted $ROLE"
else
    echo "$SA_USER: has $ROLE"
fi
# Keycloak gives every new service account default-roles-master (offline_access, uma_authorization,
# account roles); the provisioner needs none of them.
while read -r other; do
    [[ -z "$other" || "$other" == "$ROLE" ]] && continue
    kcadm remove-roles -r master --uusername "$SA_USER" --rolename "$other"
    echo "$SA_USER: removed $other"
done <<<"$assigned"
