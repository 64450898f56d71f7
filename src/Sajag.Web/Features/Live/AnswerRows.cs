using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Sajag.Data;
using Sajag.Data.Entities;
using Sajag.Web.Infrastructure;

namespace Sajag.Web.Features.Live;

/// <summary>
/// Writes a batch of answers and their players' new scores in one transaction: on SQLite a prepared insert and a prepared
/// update run once per row, on PostgreSQL the whole batch in one command. A profile of a game of 3,000 players in 30 sessions put a fifth of the app's CPU in EF Core's
/// <c>SaveChanges</c> for these batches (tracking each row, sorting the commands, building a command per batch of
/// rows); the rows here are plain inserts and one-column updates, so they are written as such. Names and parameter
/// types come from the EF model (a Guid as SQLite's upper-case text, a time as its text; PostgreSQL's uuid and
/// timestamptz), so the rows are the ones <c>SaveChanges</c> wrote. On SQLite the transaction holds
/// <see cref="SqliteWriteGate"/> from start to end, as every other writer does.
/// </summary>
public sealed class AnswerRows
{
    private readonly IProperty[] _answerColumns;
    private readonly IProperty _score;
    private readonly IProperty _playerId;
    private readonly string _insertHead;
    private readonly string _update;
    private readonly string[] _answerNames;
    private readonly bool _timed;

    public AnswerRows(SajagDb db)
    {
        ArgumentNullException.ThrowIfNull(db);
        // The commands here are the connection's own, which EF Core's interceptors never see: they are timed as the
        // interceptor times EF's (when metrics are on, the timer is one of the context's interceptors).
        _timed = db.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.Interceptors?.OfType<SajagMetrics.DatabaseTimer>().Any() == true;
        var sql = db.GetService<ISqlGenerationHelper>();
        var answers = db.Model.FindEntityType(typeof(LiveAnswer))!;
        var players = db.Model.FindEntityType(typeof(LivePlayer))!;
        // Every column but the generated key.
        _answerColumns = [.. answers.GetProperties().Where(p => p.ValueGenerated == ValueGenerated.Never)];
        _answerNames = [.. _answerColumns.Select(p => p.Name)];
        _insertHead = $"INSERT INTO {Table(sql, answers)} ({string.Join(", ", _answerColumns.Select(p => sql.DelimitIdentifier(Column(p, answers))))}) VALUES ";
        _score = players.FindProperty(nameof(LivePlayer.Score))!;
        _playerId = players.FindProperty(nameof(LivePlayer.Id))!;
        _update = $"UPDATE {Table(sql, players)} SET {sql.DelimitIdentifier(Column(_score, players))} = {{0}} WHERE {sql.DelimitIdentifier(Column(_playerId, players))} = {{1}};";
    }

    /// <summary>The columns written for an answer (every property but the generated id); a test compares them with the model.</summary>
    public IReadOnlyList<string> AnswerColumns => _answerNames;

    private static string Table(ISqlGenerationHelper sql, IEntityType type) => sql.DelimitIdentifier(type.GetTableName()!, type.GetSchema());

    private static string Column(IProperty property, IEntityType type) =>
        property.GetColumnName(StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema()))!;

    /// <summary>Inserts <paramref name="answers"/> and sets each player's score, in one transaction; throws when the database refuses any of it.</summary>
    public async Task WriteAsync(SajagDb db, IReadOnlyList<LiveAnswer> answers, IReadOnlyCollection<(Guid Player, int Score)> scores, SqliteWriteGate gate, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(gate);
        if (answers.Count == 0)
        {
            return;
        }

        if (db.Database.IsSqlite())
        {
            await gate.HoldAsync(() => WriteInTransactionAsync(db, answers, scores, cancel), cancel);
        }
        else
        {
            await WriteInTransactionAsync(db, answers, scores, cancel);
        }
    }

    private async Task<bool> WriteInTransactionAsync(SajagDb db, IReadOnlyList<LiveAnswer> answers, IReadOnlyCollection<(Guid Player, int Score)> scores, CancellationToken cancel)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancel);
        if (db.Database.IsSqlite())
        {
            await RowByRowAsync(db, transaction.GetDbTransaction(), answers, scores, cancel);
        }
        else
        {
            await AllAtOnceAsync(db, transaction.GetDbTransaction(), answers, scores, cancel);
        }

        await transaction.CommitAsync(cancel);
        return true;
    }

    // SQLite: the database is in the process, so a statement per row costs no round trip; one prepared statement for an answer
    // and one for a score, run again with new values. (One statement for the whole batch was slower: Microsoft.Data.Sqlite finds
    // each parameter by name in the statement's list, which for 256 answers of 8 columns is 2,048 searches of 2,048 names.)
    private async Task RowByRowAsync(SajagDb db, DbTransaction transaction, IReadOnlyList<LiveAnswer> answers, IReadOnlyCollection<(Guid Player, int Score)> scores, CancellationToken cancel)
    {
        var connection = db.Database.GetDbConnection();
        await using (var insert = connection.CreateCommand())
        {
            insert.Transaction = transaction;
            var text = new System.Text.StringBuilder(_insertHead).Append('(');
            for (var c = 0; c < _answerColumns.Length; c++)
            {
                text.Append(c == 0 ? "" : ", ").Append(Add(insert, _answerColumns[c], Value(_answerColumns[c], answers[0])));
            }

            insert.CommandText = text.Append(");").ToString();
            for (var i = 0; i < answers.Count; i++)
            {
                for (var c = 0; i > 0 && c < _answerColumns.Length; c++)
                {
                    insert.Parameters[c].Value = Provider(_answerColumns[c], Value(_answerColumns[c], answers[i]));
                }

                await TimedAsync(insert, cancel);
            }
        }

        await using var update = connection.CreateCommand();
        update.Transaction = transaction;
        var first = true;
        foreach (var (player, score) in scores)
        {
            if (first)
            {
                update.CommandText = string.Format(System.Globalization.CultureInfo.InvariantCulture, _update, Add(update, _score, score), Add(update, _playerId, player));
                first = false;
            }
            else
            {
                update.Parameters[0].Value = Provider(_score, score);
                update.Parameters[1].Value = Provider(_playerId, player);
            }

            await TimedAsync(update, cancel);
        }
    }

    // PostgreSQL (another process): the whole batch in one command, one round trip.
    private async Task AllAtOnceAsync(SajagDb db, DbTransaction transaction, IReadOnlyList<LiveAnswer> answers, IReadOnlyCollection<(Guid Player, int Score)> scores, CancellationToken cancel)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = transaction;
        var text = new System.Text.StringBuilder(_insertHead, _insertHead.Length + (answers.Count * _answerColumns.Length * 8) + (scores.Count * (_update.Length + 8)));
        for (var i = 0; i < answers.Count; i++)
        {
            text.Append(i == 0 ? "(" : ", (");
            for (var c = 0; c < _answerColumns.Length; c++)
            {
                text.Append(c == 0 ? "" : ", ").Append(Add(command, _answerColumns[c], Value(_answerColumns[c], answers[i])));
            }

            text.Append(')');
        }

        text.Append(';');
        foreach (var (player, score) in scores)
        {
            text.Append(' ').AppendFormat(System.Globalization.CultureInfo.InvariantCulture, _update, Add(command, _score, score), Add(command, _playerId, player));
        }

        command.CommandText = text.ToString();
        await TimedAsync(command, cancel);
    }

    private async Task TimedAsync(DbCommand command, CancellationToken cancel)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        await command.ExecuteNonQueryAsync(cancel);
        if (_timed)
        {
            SajagMetrics.DatabaseTimer.Executed(started, "non-query");
        }
    }

    private static object? Value(IProperty property, LiveAnswer answer) => property.GetGetter().GetClrValueUsingContainingEntity(answer);

    // A value as the property's parameter carries it (its converter applied), for a parameter made by Add and used again.
    private static object Provider(IProperty property, object? value) =>
        (property.GetRelationalTypeMapping().Converter is { } converter ? converter.ConvertToProvider(value) : value) ?? DBNull.Value;

    // A parameter typed as EF types the property (its converter applied), named by its position.
    private static string Add(DbCommand command, IProperty property, object? value)
    {
        var name = "@p" + command.Parameters.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        command.Parameters.Add(property.GetRelationalTypeMapping().CreateParameter(command, name, value, property.IsNullable));
        return name;
    }
}
