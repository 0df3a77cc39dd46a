import { ChangeDetectionStrategy, Component } from '@angular/core';

@Component({
  selector: 'isp-web-directory',
  imports: [],
  templateUrl: './web-directory.html',
  styleUrl: './web-directory.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class WebDirectory {}
