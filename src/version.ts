/** The product version, shown by `iis-deploy --version` and in the job summary. Keep in line with package.json. */
export const VERSION = '0.1.0'
