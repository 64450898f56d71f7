using System.Security.Claims;
using Sajag.Data;
using Sajag.Data.Entities;

namespace Sajag.Web.Features.Reports;

/// <summary>Writes who exported what, and when. Every report and idea export goes through here before its file is sent.</summary>
public sealed class AuditLog(SajagDb db, TimeProvider clock)
{
    public async Task WriteAsync(ClaimsPrincipal user, string action, string target, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.GetUtcNow().UtcDateTime,
            UserId = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "",
            UserName = user.Identity?.Name ?? "",
            Action = action,
            Target = target.Length > 500 ? target[..500] : target,
        });
        await db.SaveChangesAsync(cancel);
    }
}
