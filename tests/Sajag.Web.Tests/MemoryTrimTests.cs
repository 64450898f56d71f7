using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Sajag.Web.Features.Check;

namespace Sajag.Web.Tests;

/// <summary>After a burst of large checks the memory they needed is given back, once, and never while checks run.</summary>
public sealed class MemoryTrimTests
{
    private const long MB = 1024 * 1024;

    /// <summary>A trim whose process size the test sets and whose collections it counts.</summary>
    private sealed class Recorded(TimeProvider time) : MemoryTrim(time, NullLogger<MemoryTrim>.Instance)
    {
        public long Size { get; set; } = 200 * MB;

        /// <summary>How much the process grows each time its size is read (the app test's stand-in for a large check).</summary>
        public long GrowthPerRead { get; init; }

        public int Collections { get; private set; }

        protected override long ProcessBytes() => Size += GrowthPerRead;

        protected override void Collect() => Collections++;
    }

    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(2);

    [Fact]
    public void ABurstThatGrewTheProcess_IsGivenBackOnce_AfterTheIdleWait()
    {
        var time = new FakeTimeProvider();
        var trim = new Recorded(time);

        trim.Busy();
        trim.Size += 300 * MB;
        trim.Idle(Wait, 64 * MB);
        time.Advance(Wait - TimeSpan.FromMilliseconds(1));
        Assert.Equal(0, trim.Collections);
        time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(1, trim.Collections);

        time.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(1, trim.Collections);
    }

    [Fact]
    public async Task UploadsThatArrivedBeforeTheFirstCheckBegan_CountAsGrowth()
    {
        var time = new FakeTimeProvider();
        var trim = new Recorded(time);
        await trim.StartAsync(CancellationToken.None);

        trim.Size += 300 * MB; // ten uploads read while the first check waited for its place
        trim.Busy();
        trim.Size += 20 * MB;
        trim.Idle(Wait, 64 * MB);
        time.Advance(Wait);

        Assert.Equal(1, trim.Collections);
    }

    [Fact]
    public void ASmallCheck_DoesNotCostACollection()
    {
        var time = new FakeTimeProvider();
        var trim = new Recorded(time);

        trim.Busy();
        trim.Size += 10 * MB;
        trim.Idle(Wait, 64 * MB);
        time.Advance(TimeSpan.FromMinutes(1));

        Assert.Equal(0, trim.Collections);
    }

    [Fact]
    public void ManySmallChecks_CountFromTheFirst_SoTheirGrowthTogetherIsGivenBack()
    {
        var time = new FakeTimeProvider();
        var trim = new Recorded(time);

        for (var i = 0; i < 5; i++)
        {
            trim.Busy();
            trim.Size += 20 * MB;
            trim.Idle(Wait, 64 * MB);
            time.Advance(Wait);
        }

        Assert.Equal(1, trim.Collections);
    }

    [Fact]
    public void ACheckStartingInTheIdleWait_PutsTheTrimOff_UntilItEnds()
    {
        var time = new FakeTimeProvider();
        var trim = new Recorded(time);

        trim.Busy();
        trim.Size += 300 * MB;
        trim.Idle(Wait, 64 * MB);
        time.Advance(Wait / 2);
        trim.Busy();
        time.Advance(Wait * 3);
        Assert.Equal(0, trim.Collections);

        trim.Idle(Wait, 64 * MB);
        time.Advance(Wait);
        Assert.Equal(1, trim.Collections);
    }

    [Fact]
    public async Task TheCheckGate_TrimsAfterARealCheckThatGrewTheProcess()
    {
        var recorded = new Recorded(TimeProvider.System) { GrowthPerRead = 100 * MB };
        await using var app = new SajagApp
        {
            ReplaceServices = services => services.Replace(ServiceDescriptor.Singleton<MemoryTrim>(recorded)),
        };
        app.Settings["Check:TrimAfterIdle"] = "00:00:00.050";
        using var client = app.CreateClient();
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes("Rafi: hi\nGhost: kauke bolba na kintu\nRafi: ok\n"));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/plain");

        using var response = await client.PostAsync("/api/check?me=Rafi", content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        for (var waited = 0; recorded.Collections == 0 && waited < 10_000; waited += 20)
        {
            await Task.Delay(20);
        }

        Assert.Equal(1, recorded.Collections);
    }
}
