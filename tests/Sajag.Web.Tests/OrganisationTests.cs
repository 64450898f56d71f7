using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sajag.Data.Entities;
using Sajag.Web.Features.Live;

namespace Sajag.Web.Tests;

/// <summary>Two organisations on one server: neither's facilitator nor admin sees or uses the other's schools, people or ideas.</summary>
public sealed class OrganisationTests : IAsyncLifetime
{
    private readonly SajagApp _app = new();
    private LiveKit _kit = null!;
    private LiveKit.Facilitator _a = null!;
    private LiveKit.Facilitator _b = null!;
    private string _adminB = "";

    public async Task InitializeAsync()
    {
        _kit = new LiveKit(_app);
        (_a, _b) = (await _kit.FacilitatorAsync(), await _kit.FacilitatorAsync());
        _adminB = await _kit.AdminAsync(_b);
        await _kit.DbAsync(async db =>
        {
            await db.Schools.Where(s => s.Id == _a.SchoolId).ExecuteUpdateAsync(u => u.SetProperty(s => s.Name, "Alpha Girls School"));
            await db.Schools.Where(s => s.Id == _b.SchoolId).ExecuteUpdateAsync(u => u.SetProperty(s => s.Name, "Beta Boys School"));
            var organisationA = await db.Schools.Where(s => s.Id == _a.SchoolId).Select(s => s.OrganisationId).FirstAsync();
            db.Ideas.Add(new Idea { OrganisationId = organisationA, TopicId = "grooming", CardId = "c", Text = "Alpha's own idea", Language = "en" });
            return await db.SaveChangesAsync();
        });
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task AFacilitator_SeesOnlyTheirOrganisationsSchools()
    {
        var (status, page) = await _kit.TextAsync("/facilitator?lang=en", _b.Cookie);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Beta Boys School", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Alpha Girls School", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFacilitator_CannotHoldASessionAtAnotherOrganisationsSchool()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var admission = scope.ServiceProvider.GetRequiredService<LiveAdmission>();

        var refused = await Assert.ThrowsAsync<LiveException>(() =>
            admission.CreateAsync(_b.Id, new CreateSession(_a.SchoolId, [], 3, SessionMode.PhoneEach, null, false, "en")));

        Assert.Equal("live.create.school", refused.Key);
        Assert.Equal(0, await _kit.DbAsync(db => db.LiveSessions.CountAsync(s => s.SchoolId == _a.SchoolId)));
    }

    [Fact]
    public async Task AnAdmin_SeesOnlyTheirOrganisationsSchoolsAndFacilitators()
    {
        var (status, page) = await _kit.TextAsync("/admin?lang=en", _adminB);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Beta Boys School", page, StringComparison.Ordinal);
        Assert.Contains(_b.Email, page, StringComparison.Ordinal);
        Assert.DoesNotContain("Alpha Girls School", page, StringComparison.Ordinal);
        Assert.DoesNotContain(_a.Email, page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAdmin_SeesAndExportsOnlyTheirOrganisationsIdeas()
    {
        var (_, page) = await _kit.TextAsync("/ideas?lang=en", _adminB);
        var (_, csv) = await _kit.TextAsync("/ideas/csv", _adminB);

        Assert.DoesNotContain("Alpha's own idea", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Alpha's own idea", csv, StringComparison.Ordinal);
    }
}
