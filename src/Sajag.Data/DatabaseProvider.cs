namespace Sajag.Data;

/// <summary>The database engines Sajag runs on, each with its own migrations assembly.</summary>
public enum DatabaseProvider
{
    /// <summary>An embedded SQLite file: nothing else to install. The default.</summary>
    Sqlite,

    /// <summary>PostgreSQL, for deployments with several app instances.</summary>
    Postgres,
}

/// <summary>Names of the per-provider migrations assemblies.</summary>
public static class MigrationsAssembly
{
    /// <summary>The migrations assembly for <paramref name="provider"/>.</summary>
    public static string For(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Sqlite => "Sajag.Migrations.Sqlite",
        DatabaseProvider.Postgres => "Sajag.Migrations.Postgres",
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "unknown database provider"),
    };
}
