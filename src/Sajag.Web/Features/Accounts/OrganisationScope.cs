using Sajag.Data;
using Sajag.Data.Entities;

namespace Sajag.Web.Features.Accounts;

/// <summary>
/// The one place that keeps organisations apart: what an adult may see or use is what belongs to their own organisation.
/// An adult with no organisation sees nothing (never everything). Each query takes the signed-in user's id, so a page, a
/// service or an endpoint cannot forget whose organisation it is asking about.
/// </summary>
internal static class OrganisationScope
{
    /// <summary>The schools of the user's organisation.</summary>
    public static IQueryable<School> SchoolsOf(this SajagDb db, string userId) =>
        db.Schools.Where(s => db.Users.Any(u => u.Id == userId && u.OrganisationId == s.OrganisationId));

    /// <summary>The facilitators of the user's organisation (the user among them, if a facilitator).</summary>
    public static IQueryable<AdultUser> FacilitatorsOf(this SajagDb db, string userId) =>
        db.Users.Where(other => other.OrganisationId != null
            && db.Users.Any(u => u.Id == userId && u.OrganisationId == other.OrganisationId)
            && db.UserRoles.Any(r => r.UserId == other.Id && db.Roles.Any(role => role.Id == r.RoleId && role.Name == Roles.Facilitator)));

    /// <summary>The sessions held at the schools of the user's organisation.</summary>
    public static IQueryable<LiveSession> SessionsOf(this SajagDb db, string userId) =>
        db.LiveSessions.Where(s => db.SchoolsOf(userId).Any(school => school.Id == s.SchoolId));

    /// <summary>The ideas starred in the user's organisation.</summary>
    public static IQueryable<Idea> IdeasOf(this SajagDb db, string userId) =>
        db.Ideas.Where(i => db.Users.Any(u => u.Id == userId && u.OrganisationId == i.OrganisationId));
}
