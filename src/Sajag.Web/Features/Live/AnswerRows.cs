using System.Data.Common;
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
    private readonly ModelRows<LiveAnswer> _answers;
    private readonly IProperty _score;
    private readonly IProperty _playerId;
    private readonly string _update;

    public AnswerRows(SajagDb db)
    {
        ArgumentNullException.ThrowIfNull(db);
        // Every column but the generated key.
        _answers = new ModelRows<LiveAnswer>(db, p => p.ValueGenerated == ValueGenerated.Never);
        var sql = db.GetService<ISqlGenerationHelper>();
        var players = db.Model.FindEntityType(typeof(LivePlayer))!;
        _score = players.FindProperty(nameof(LivePlayer.Score))!;
        _playerId = players.FindProperty(nameof(LivePlayer.Id))!;
        _update = $"UPDATE {ModelSql.Table(sql, players)} SET {sql.DelimitIdentifier(ModelSql.Column(_score, players))} = {{0}} WHERE {sql.DelimitIdentifier(ModelSql.Column(_playerId, players))} = {{1}};";
    }

    /// <summary>The columns written for an answer (every property but the generated id); a test compares them with the model.</summary>
    public IReadOnlyList<string> AnswerColumns => _answers.Columns;

    /// <summary>Inserts <paramref name="answers"/> and sets each player's score, in one transaction; throws when the database refuses any of it.</summary>
    public Task WriteAsync(SajagDb db, IReadOnlyList<LiveAnswer> answers, IReadOnlyCollection<(Guid Player, int Score)> scores, SqliteWriteGate gate, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(scores);
        return answers.Count == 0 ? Task.CompletedTask : ModelSql.InTransactionAsync(db, gate, (connection, transaction, sqlite) => sqlite
            ? RowByRowAsync(connection, transaction, answers, scores, cancel)
            : AllAtOnceAsync(connection, transaction, answers, scores, cancel), cancel);
    }

    // SQLite: the database is in the process, so a statement per row costs no round trip; one prepared statement for an answer
    // and one for a score, run again with new values.
    private async Task RowByRowAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<LiveAnswer> answers, IReadOnlyCollection<(Guid Player, int Score)> scores, CancellationToken cancel)
    {
        await _answers.InsertEachAsync(connection, transaction, answers, cancel);
        await using var update = connection.CreateCommand();
        update.Transaction = transaction;
        var first = true;
        foreach (var (player, score) in scores)
        {
            if (first)
            {
                update.CommandText = string.Format(System.Globalization.CultureInfo.InvariantCulture, _update,
                    ModelSql.Add(update, _score, score), ModelSql.Add(update, _playerId, player));
                first = false;
            }
            else
            {
                update.Parameters[0].Value = ModelSql.Provider(_score, score);
                update.Parameters[1].Value = ModelSql.Provider(_playerId, player);
            }

            await _answers.RunAsync(update, cancel);
        }
    }

    // PostgreSQL (another process): the whole batch in one command, one round trip.
    private async Task AllAtOnceAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<LiveAnswer> answers, IReadOnlyCollection<(Guid Player, int Score)> scores, CancellationToken cancel)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        var text = new System.Text.StringBuilder((answers.Count * 80) + (scores.Count * (_update.Length + 8)));
        _answers.AppendAll(command, text, answers);
        foreach (var (player, score) in scores)
        {
            text.Append(' ').AppendFormat(System.Globalization.CultureInfo.InvariantCulture, _update,
                ModelSql.Add(command, _score, score), ModelSql.Add(command, _playerId, player));
        }

        command.CommandText = text.ToString();
        await _answers.RunAsync(command, cancel);
    }
}
