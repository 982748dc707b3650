from django.db import DatabaseError


def test_healthz_database_reachable_returns_200(client, db):
    response = client.get("/healthz")

    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}


def test_healthz_database_unreachable_returns_503(client, db):
    from django.db import connection

    def refuse():
        raise DatabaseError("connection refused")

    connection.cursor = refuse
    try:
        response = client.get("/healthz")
    finally:
        del connection.cursor

    assert response.status_code == 503
    assert response.json()["database"] == "unreachable"
