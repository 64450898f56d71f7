using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Sajag.Data;
using Sajag.Web.Infrastructure;

namespace Sajag.Web.Features.Live;

/// <summary>
/// Plain inserts of one entity type's rows, as EF Core's <c>SaveChanges</c> would write them but without its change
/// tracker (tracking each row, sorting the commands, building a command per batch): table and column names from the EF
/// model, each parameter typed by the property's own type mapping (a Guid as SQLite's upper-case text, a time as its text;
/// PostgreSQL's uuid and timestamptz). On SQLite one prepared statement runs once per row (the database is in the process:
/// no round trip, and Microsoft.Data.Sqlite finds each parameter by name, so one statement of 2,048 parameters cost 2,048
/// searches of 2,048 names); on PostgreSQL the rows go as one statement (one round trip). The commands are the connection's
/// own, which EF Core's interceptors never see: they are timed as the interceptor times EF's when metrics are on.
/// </summary>
internal sealed class ModelRows<T>
    where T : class
{
    private readonly IProperty[] _columns;
    private readonly string _head;

    /// <param name="db">A context of the app's model and provider.</param>
    /// <param name="written">Which properties are written (e.g. not a key the database generates).</param>
    public ModelRows(SajagDb db, Func<IProperty, bool> written)
    {
        ArgumentNullException.ThrowIfNull(db);
        Timed = db.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.Interceptors?.OfType<SajagMetrics.DatabaseTimer>().Any() == true;
        var sql = db.GetService<ISqlGenerationHelper>();
        var type = db.Model.FindEntityType(typeof(T))!;
        _columns = [.. type.GetProperties().Where(written)];
        _head = $"INSERT INTO {ModelSql.Table(sql, type)} ({string.Join(", ", _columns.Select(p => sql.DelimitIdentifier(ModelSql.Column(p, type))))}) VALUES ";
    }

    /// <summary>Whether the commands are timed (metrics on).</summary>
    public bool Timed { get; }

    /// <summary>The properties written, in the statement's order.</summary>
    public IReadOnlyList<string> Columns => [.. _columns.Select(p => p.Name)];

    /// <summary>Inserts <paramref name="rows"/> in one transaction of their own (on SQLite holding <paramref name="gate"/> throughout); throws when the database refuses any.</summary>
    public Task InsertAsync(SajagDb db, IReadOnlyList<T> rows, SqliteWriteGate gate, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return rows.Count == 0 ? Task.CompletedTask : ModelSql.InTransactionAsync(db, gate, (connection, transaction, sqlite) => sqlite
            ? InsertEachAsync(connection, transaction, rows, cancel)
            : InsertAllAsync(connection, transaction, rows, cancel), cancel);
    }

    private async Task InsertAllAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<T> rows, CancellationToken cancel)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        var text = new StringBuilder();
        AppendAll(command, text, rows);
        command.CommandText = text.ToString();
        await RunAsync(command, cancel);
    }

    /// <summary>SQLite: one prepared insert, run once per row in <paramref name="transaction"/>.</summary>
    public async Task InsertEachAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<T> rows, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count == 0)
        {
            return;
        }

        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        var text = new StringBuilder(_head).Append('(');
        for (var c = 0; c < _columns.Length; c++)
        {
            text.Append(c == 0 ? "" : ", ").Append(ModelSql.Add(insert, _columns[c], Value(_columns[c], rows[0])));
        }

        insert.CommandText = text.Append(");").ToString();
        for (var i = 0; i < rows.Count; i++)
        {
            for (var c = 0; i > 0 && c < _columns.Length; c++)
            {
                insert.Parameters[c].Value = ModelSql.Provider(_columns[c], Value(_columns[c], rows[i]));
            }

            await RunAsync(insert, cancel);
        }
    }

    /// <summary>PostgreSQL: appends one insert of every row to <paramref name="text"/>, its parameters to <paramref name="command"/>.</summary>
    public void AppendAll(DbCommand command, StringBuilder text, IReadOnlyList<T> rows)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(rows);
        text.Append(_head);
        for (var i = 0; i < rows.Count; i++)
        {
            text.Append(i == 0 ? "(" : ", (");
            for (var c = 0; c < _columns.Length; c++)
            {
                text.Append(c == 0 ? "" : ", ").Append(ModelSql.Add(command, _columns[c], Value(_columns[c], rows[i])));
            }

            text.Append(')');
        }

        text.Append(';');
    }

    /// <summary>Runs the command, timed as EF Core's commands are when metrics are on.</summary>
    public async Task RunAsync(DbCommand command, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(command);
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        await command.ExecuteNonQueryAsync(cancel);
        if (Timed)
        {
            SajagMetrics.DatabaseTimer.Executed(started, "non-query");
        }
    }

    private static object? Value(IProperty property, T row) => property.GetGetter().GetClrValueUsingContainingEntity(row);
}

/// <summary>Names and parameters as EF Core's model gives them, for the plain SQL of <see cref="ModelRows{T}"/> and <see cref="AnswerRows"/>.</summary>
internal static class ModelSql
{
    /// <summary>
    /// Runs <paramref name="work"/> in a transaction and commits it; on SQLite (the last argument of the work) holding
    /// <paramref name="gate"/> from start to end, as every other writer of the file does.
    /// </summary>
    public static async Task InTransactionAsync(SajagDb db, SqliteWriteGate gate, Func<DbConnection, DbTransaction, bool, Task> work, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(gate);
        ArgumentNullException.ThrowIfNull(work);
        var sqlite = db.Database.IsSqlite();
        async Task<bool> InTransaction()
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancel);
            await work(db.Database.GetDbConnection(), transaction.GetDbTransaction(), sqlite);
            await transaction.CommitAsync(cancel);
            return true;
        }

        if (sqlite)
        {
            await gate.HoldAsync(InTransaction, cancel);
        }
        else
        {
            await InTransaction();
        }
    }

    public static string Table(ISqlGenerationHelper sql, IEntityType type)
    {
        ArgumentNullException.ThrowIfNull(sql);
        ArgumentNullException.ThrowIfNull(type);
        return sql.DelimitIdentifier(type.GetTableName()!, type.GetSchema());
    }

    public static string Column(IProperty property, IEntityType type)
    {
        ArgumentNullException.ThrowIfNull(property);
        ArgumentNullException.ThrowIfNull(type);
        return property.GetColumnName(StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema()))!;
    }

    /// <summary>A value as the property's parameter carries it (its converter applied), for a parameter made by <see cref="Add"/> and used again.</summary>
    public static object Provider(IProperty property, object? value)
    {
        ArgumentNullException.ThrowIfNull(property);
        return (property.GetRelationalTypeMapping().Converter is { } converter ? converter.ConvertToProvider(value) : value) ?? DBNull.Value;
    }

    /// <summary>A parameter typed as EF types the property (its converter applied), named by its position.</summary>
    public static string Add(DbCommand command, IProperty property, object? value)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(property);
        var name = "@p" + command.Parameters.Count.ToString(CultureInfo.InvariantCulture);
        command.Parameters.Add(property.GetRelationalTypeMapping().CreateParameter(command, name, value, property.IsNullable));
        return name;
    }
}
