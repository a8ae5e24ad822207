using MudBlazor;

namespace Dashboard.Web.Components.Layout;

/// <summary>
/// The dashboard's own Material palette, chosen for a projector: body text at least 7:1 and
/// secondary text at least 4.5:1 on its background in both modes (MudBlazor's default dark
/// palette falls short on both), and a system font stack so nothing is fetched from elsewhere.
/// </summary>
public static class DashboardTheme
{
    private static readonly string[] Fonts = ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "sans-serif"];

    public static MudTheme Instance { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1d4f91",
            Secondary = "#6a3d9a",
            Tertiary = "#00695c",
            Info = "#0b5cad",
            Success = "#1b6e32",
            Warning = "#8a5300",
            Error = "#b3261e",
            Background = "#f6f7f9",
            Surface = "#ffffff",
            AppbarBackground = "#12335e",
            AppbarText = "#ffffff",
            DrawerBackground = "#ffffff",
            DrawerText = "#1b1f24",
            DrawerIcon = "#3b4450",
            TextPrimary = "#1b1f24",
            TextSecondary = "#454e5a",
            ActionDefault = "#3b4450",
            LinesDefault = "#c9ced6",
            TableLines = "#d9dde3",
            Divider = "#d9dde3",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#8ab4f8",
            PrimaryContrastText = "#0b1a2e",
            Secondary = "#cfa8f0",
            SecondaryContrastText = "#1e0b2e",
            Tertiary = "#7fd3c6",
            TertiaryContrastText = "#062320",
            Info = "#8cc4ff",
            InfoContrastText = "#0b1a2e",
            Success = "#86d39b",
            SuccessContrastText = "#0b2413",
            Warning = "#f2c26b",
            WarningContrastText = "#2b1d00",
            Error = "#f2a29b",
            ErrorContrastText = "#2d0a07",
            Background = "#121417",
            BackgroundGray = "#1a1d21",
            Surface = "#1c1f24",
            AppbarBackground = "#1c1f24",
            AppbarText = "#e8eaed",
            DrawerBackground = "#181b1f",
            DrawerText = "#e8eaed",
            DrawerIcon = "#c3c8cf",
            TextPrimary = "#e8eaed",
            TextSecondary = "#c3c8cf",
            ActionDefault = "#c3c8cf",
            LinesDefault = "#4a515b",
            TableLines = "#3a4048",
            Divider = "#3a4048",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = Fonts, FontSize = "1rem", LineHeight = "1.55" },
            H1 = new H1Typography { FontFamily = Fonts, FontSize = "2rem", FontWeight = "700", LineHeight = "1.25" },
            H2 = new H2Typography { FontFamily = Fonts, FontSize = "1.5rem", FontWeight = "600", LineHeight = "1.3" },
            H3 = new H3Typography { FontFamily = Fonts, FontSize = "1.25rem", FontWeight = "600", LineHeight = "1.35" },
            Button = new ButtonTypography { FontFamily = Fonts, TextTransform = "none", FontWeight = "600" },
        },
        LayoutProperties = new LayoutProperties { DrawerWidthLeft = "220px", AppbarHeight = "60px" },
    };
}
