"""Database expressions the reports need and Django lacks: a median, and a quiz answer's outcome read from JSON.

Both compile to native SQL on PostgreSQL. SQLite (development and the fast test suite) gets the
median as an aggregate function registered on the connection, the way Django itself adds
STDDEV and VARIANCE there.
"""

import statistics

from django.db.models import Aggregate, DurationField, Func, IntegerField

SQLITE_MEDIAN = "ERN_MEDIAN"


class _SQLiteMedian:
    """The step/finalize aggregate sqlite3 calls for ERN_MEDIAN(x)."""

    def __init__(self):
        self.values = []

    def step(self, value):
        if value is not None:
            self.values.append(value)

    def finalize(self):
        return statistics.median(self.values) if self.values else None


def _register_sqlite_median(connection) -> None:
    connection.ensure_connection()
    connection.connection.create_aggregate(SQLITE_MEDIAN, 1, _SQLiteMedian)


class Median(Aggregate):
    """The median of a numeric or duration expression (NULLs ignored; NULL for an empty group)."""

    function = "PERCENTILE_CONT"
    name = "Median"
    template = "%(function)s(0.5) WITHIN GROUP (ORDER BY %(expressions)s)"
    allow_distinct = False

    def as_sqlite(self, compiler, connection, **extra_context):
        _register_sqlite_median(connection)
        return super().as_sql(
            compiler, connection, function=SQLITE_MEDIAN, template="%(function)s(%(expressions)s)", **extra_context
        )

    def _resolve_output_field(self):
        source = self.get_source_fields()[0]
        if isinstance(source, DurationField):
            return DurationField()
        return super()._resolve_output_field()


class AnswerOutcome(Func):
    """1 when an attempt's `results` JSON marks the question right, 0 when wrong, NULL when it was not asked.

    `results` maps question ids, as strings, to true or false (see courses.services.quizzes.grade_attempt).
    Django's own key lookups read a numeric key as an array index, hence this expression.
    """

    arity = 2
    output_field = IntegerField()

    def _compile(self, compiler):
        results_sql, results_params = compiler.compile(self.source_expressions[0])
        key_sql, key_params = compiler.compile(self.source_expressions[1])
        return results_sql, key_sql, (*results_params, *key_params)

    def as_postgresql(self, compiler, connection, **extra_context):
        results_sql, key_sql, params = self._compile(compiler)
        sql = f"CASE ({results_sql} -> CAST({key_sql} AS text)) WHEN 'true'::jsonb THEN 1 WHEN 'false'::jsonb THEN 0 END"
        return sql, params

    def as_sqlite(self, compiler, connection, **extra_context):
        results_sql, key_sql, params = self._compile(compiler)
        sql = f"CASE json_type({results_sql}, '$.\"' || {key_sql} || '\"') WHEN 'true' THEN 1 WHEN 'false' THEN 0 END"
        return sql, params

    def as_sql(self, compiler, connection, **extra_context):
        raise NotImplementedError(f"AnswerOutcome has no SQL for {connection.vendor}.")
