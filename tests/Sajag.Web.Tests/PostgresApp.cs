using Microsoft.Extensions.DependencyInjection;
using Sajag.Data;

namespace Sajag.Web.Tests;

/// <summary>The app on a fresh database in the PostgreSQL that test.sh starts on loopback; dropped afterwards.</summary>
public sealed class PostgresApp : IAsyncLifetime
{
    public SajagApp App { get; } = new();

    public Task InitializeAsync()
    {
        var server = Environment.GetEnvironmentVariable("SAJAG_TEST_POSTGRES");
        Assert.False(string.IsNullOrEmpty(server), "SAJAG_TEST_POSTGRES is not set: run ./test.sh, which starts PostgreSQL on loopback");
        App.Settings["Database:Provider"] = "Postgres";
        App.Settings["Database:ConnectionString"] = $"{server};Database=sajag_test_{Guid.NewGuid().ToString("N")[..12]}";
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await using (var scope = App.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<SajagDb>().Database.EnsureDeletedAsync();
        }

        await App.DisposeAsync();
    }
}
