# A real HTTP check: -Url must answer -Status (200) and, when given, contain -Contains.
param(
  [Parameter(Mandatory)] [string] $Url,
  [int] $Status = 200,
  [string] $Contains,
  [switch] $Insecure,
  [switch] $WindowsAuth
)
$ErrorActionPreference = 'Stop'
$options = @{ Uri = $Url; SkipHttpErrorCheck = $true; TimeoutSec = 60 }
if ($Insecure) { $options.SkipCertificateCheck = $true }
if ($WindowsAuth) { $options.UseDefaultCredentials = $true }
$response = Invoke-WebRequest @options
"$Url -> $($response.StatusCode): $($response.Content)"
if ($response.StatusCode -ne $Status) { throw "$Url answered $($response.StatusCode), expected $Status" }
if ($Contains -and "$($response.Content)" -notlike "*$Contains*") { throw "$Url does not contain '$Contains'" }
