// 500.19 by the HRESULT of IIS's detailed page (`Error Code 0x…`; diagnosis §2, docs/diagnosis.md).

export const CONFIG_ERRORS: Record<string, { cause: string; fix: string }> = {
  '0x8007000d': {
    cause:
      'IIS cannot read web.config: it is malformed or uses a section no installed module knows (`aspNetCore` without the ASP.NET Core Module)',
    fix: "install the .NET Hosting Bundle (set `hosting-bundle: auto`), or fix the XML web.config names in 'Config Error'"
  },
  '0x80070021': {
    cause: 'web.config uses a configuration section that is locked at the server level',
    fix: 'unlock the section (`appcmd unlock config -section:<name>`) or remove it from web.config'
  },
  '0x80070005': {
    cause: "the app pool's identity may not read web.config",
    fix: 'grant Read on the site folder to IIS_IUSRS / `IIS AppPool\\<pool>` (`grant-access: true`)'
  },
  '0x800700b7': {
    cause: 'web.config adds an entry (typically the `aspNetCore` handler) that a parent level already has',
    fix: 'remove the duplicate, or add `<remove name="aspNetCore" />` before it in the sub-application'
  },
  '0x80070003': {
    cause: "IIS cannot find the configuration file under the site's physical path",
    fix: "check the application's physical path and that web.config was deployed"
  }
}

/** HRESULTs of IIS's detailed pages other than 500.19's, as the summary names them. */
export const OTHER_ERROR_CODES: Record<string, string> = {
  '0x80072ee2': 'ERROR_WINHTTP_TIMEOUT: the module stopped waiting for the app'
}
