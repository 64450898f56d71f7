namespace Sajag.Web.Features.Reports;

/// <summary>Measurement: the knowledge check, session aggregates, retention, reports and their exports.</summary>
public static class ReportsSetup
{
    public static void AddReports(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<RetentionOptions>().BindConfiguration(RetentionOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddScoped<SummaryService>();
        builder.Services.AddScoped<RetentionService>();
        builder.Services.AddScoped<AuditLog>();
        builder.Services.AddScoped<ReportsService>();
        builder.Services.AddHostedService<MeasureJob>();
    }
}
